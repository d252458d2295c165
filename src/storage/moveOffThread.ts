// Where a drop's move is written: in a worker (storage/move.worker.ts) where the browser has workers,
// inline otherwise (tests in jsdom, very old browsers). Either way the caller gets what moveItem
// gives: nothing, or the same error (a refusal worded from the image rights, a storage failure).
import type { ColumnId } from '../domain/columns';
import type { RightsProblem } from '../domain/imageRights';
import { StorageError, type StorageErrorKind } from './errors';
import { loadRightsCheck, moveItem, rightsRefusal } from './itemCommands';

export type MoveRequest =
  | { id: number; job: 'move'; itemId: string; column: ColumnId; before: string | null; after: string | null }
  /** Load the code and open the database ahead of the first drop. */
  | { id: number; job: 'warm' };

export type MoveReply =
  | { id: number; ok: true }
  | { id: number; ok: false; refused: { column: ColumnId; problems: RightsProblem[] } }
  | { id: number; ok: false; storage: StorageErrorKind }
  | { id: number; ok: false; message: string };

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const waiting = new Map<number, (reply: MoveReply) => void>();

function startWorker(): Worker | null {
  if (worker || broken) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./move.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<MoveReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    // A worker that cannot start (blocked script): what waits is written inline, and so is the rest.
    event.preventDefault();
    broken = true;
    worker?.terminate();
    worker = null;
    for (const settle of waiting.values()) settle({ id: 0, ok: false, message: 'worker failed' });
    waiting.clear();
  };
  return worker;
}

function post(target: Worker, request: Omit<Extract<MoveRequest, { job: 'move' }>, 'id'> | { job: 'warm' }) {
  const id = nextId++;
  return new Promise<MoveReply>((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ ...request, id });
  });
}

/** Starts the worker (code loaded, database open) so the first drop does not wait for it. */
export function warmMoveWorker(): void {
  if (worker) return;
  const target = startWorker();
  if (target) void post(target, { job: 'warm' });
}

/** moveItem, written in the worker when there is one. */
export async function moveItemOffThread(
  itemId: string,
  column: ColumnId,
  before: string | null,
  after: string | null,
): Promise<void> {
  const target = startWorker();
  if (!target) return moveItem(itemId, column, before, after);
  const reply = await post(target, { job: 'move', itemId, column, before, after });
  if (reply.ok) return;
  if ('refused' in reply)
    throw rightsRefusal(await loadRightsCheck(), reply.refused.column, reply.refused.problems);
  if ('storage' in reply) throw new StorageError(reply.storage);
  // The worker could not run the move at all (it failed to start): write it here instead.
  if (broken) return moveItem(itemId, column, before, after);
  throw new Error(reply.message);
}
