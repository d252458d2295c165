// Images imported from a board file arrive without thumbnails (the file carries originals only).
// The first time one is shown, its thumbnail is made in the attach worker from the original and
// stored; afterwards cards read the thumbnail like any other. One run per hash at a time.
import { readOriginal, storeThumb } from '../../storage/attachments/attachmentCommands';
import { prepareInWorker } from './workerClient';

const running = new Map<string, Promise<Blob | null>>();

export function ensureThumb(hash: string): Promise<Blob | null> {
  let run = running.get(hash);
  if (!run) {
    run = (async () => {
      const original = await readOriginal(hash);
      if (!original) return null;
      const prepared = await prepareInWorker(original);
      if (!prepared.ok || !prepared.thumb || prepared.hash !== hash) return null;
      await storeThumb(hash, prepared.thumb);
      return prepared.thumb.data;
    })().finally(() => running.delete(hash));
    running.set(hash, run);
  }
  return run;
}
