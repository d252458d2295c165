// The attach worker: checks, hashes and thumbnails one file per message, so a 4 MB photo never blocks
// the board (decoding alone takes longer than a frame).
import { prepareFile } from './prepareFile';

interface Request {
  id: number;
  file: Blob;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const { id, file } = event.data;
  prepareFile(file).then(
    (result) => scope.postMessage({ id, result }),
    () => scope.postMessage({ id, result: { ok: false, reason: 'unreadable' } }),
  );
};
