// Download the original bytes unchanged under the attached name.
import { downloadBlob } from '../../ui/downloadBlob';
import { readStoredBlob, type BlobReader } from './useBlobUrl';

export async function downloadOriginal(
  hash: string,
  name: string,
  read: BlobReader = readStoredBlob,
): Promise<boolean> {
  const blob = await read(hash, 'original');
  if (!blob) return false;
  downloadBlob(blob, name);
  return true;
}
