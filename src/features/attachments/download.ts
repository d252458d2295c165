// Download the original bytes unchanged under the attached name.
import { readOriginal } from '../../storage/attachments/attachmentCommands';
import { downloadBlob } from '../../ui/downloadBlob';

export async function downloadOriginal(hash: string, name: string): Promise<boolean> {
  const blob = await readOriginal(hash);
  if (!blob) return false;
  downloadBlob(blob, name);
  return true;
}
