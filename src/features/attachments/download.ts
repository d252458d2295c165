// Download the original bytes unchanged under the attached name. The object URL lives only for the
// click.
import { readOriginal } from '../../storage/attachmentCommands';

export async function downloadOriginal(hash: string, name: string): Promise<boolean> {
  const blob = await readOriginal(hash);
  if (!blob) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
