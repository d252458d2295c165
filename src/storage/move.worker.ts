// A dropped card's move, written off the main thread. Chromium hands IndexedDB's answers to the page
// only after the frame that follows an input event, so a move written by the page waited ~15 ms for
// two reads IndexedDB had answered in under a millisecond; here the same transaction commits in a
// few. The command is the page's own (itemCommands.moveItem); the page's live queries learn of the
// change through Dexie's cross-context notification, as they do for another tab's writes.
import { ImageRightsError, loadRightsCheck, moveItem } from './itemCommands';
import { db } from './db';
import { StorageError } from './errors';
import type { MoveReply, MoveRequest } from './moveOffThread';

async function handle(request: MoveRequest): Promise<MoveReply> {
  if (request.job === 'warm') {
    await Promise.all([db.open(), loadRightsCheck()]);
    return { id: request.id, ok: true };
  }
  try {
    await moveItem(request.itemId, request.column, request.before, request.after);
    return { id: request.id, ok: true };
  } catch (error) {
    if (error instanceof ImageRightsError)
      return { id: request.id, ok: false, refused: { column: error.column, problems: error.problems } };
    if (error instanceof StorageError) return { id: request.id, ok: false, storage: error.kind };
    return { id: request.id, ok: false, message: String((error as Error)?.message ?? error) };
  }
}

self.onmessage = (event: MessageEvent<MoveRequest>) => {
  void handle(event.data).then((reply) => self.postMessage(reply));
};
