// A drop's move written in the worker: the caller gets what moveItem itself gives — nothing, the
// refusal worded from the image rights, or the storage failure — and without workers it runs inline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/storage/db';
import { makeItem } from '../domain/fixtures';
import { resetDb } from './resetDb';

interface Posted {
  id: number;
  job: string;
  itemId?: string;
}

class StubWorker {
  static made: StubWorker[] = [];
  posted: Posted[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void; message: string }) => void) | null = null;
  constructor() {
    StubWorker.made.push(this);
  }
  postMessage(message: Posted) {
    this.posted.push(message);
  }
  terminate() {}
  /** Answers the last posted message as the worker would. */
  reply(data: Record<string, unknown>) {
    this.onmessage!({ data: { id: this.posted.at(-1)!.id, ...data } });
  }
}

beforeEach(async () => {
  await resetDb();
  vi.resetModules();
  StubWorker.made = [];
});
afterEach(() => vi.unstubAllGlobals());

// Each test loads the module afresh (its worker is module state); error classes come from the same load.
const load = async () => ({
  ...(await import('../../src/storage/moveOffThread')),
  ...(await import('../../src/storage/itemCommands')),
  ...(await import('../../src/storage/errors')),
});

describe('moving a dropped card off the main thread', () => {
  it('posts the move to one worker and resolves when the worker has written it', async () => {
    vi.stubGlobal('Worker', StubWorker);
    const { moveItemOffThread, warmMoveWorker } = await load();
    warmMoveWorker();
    warmMoveWorker(); // a second drag start: still one worker, one warm-up
    expect(StubWorker.made).toHaveLength(1);
    const worker = StubWorker.made[0]!;
    expect(worker.posted.map((p) => p.job)).toEqual(['warm']);

    const moved = moveItemOffThread('card-1', 'entwurf', 'a0', 'a1');
    expect(worker.posted.at(-1)).toMatchObject({
      job: 'move',
      itemId: 'card-1',
      column: 'entwurf',
      before: 'a0',
      after: 'a1',
    });
    worker.reply({ ok: true });
    await expect(moved).resolves.toBeUndefined();
  });

  it("turns the worker's refusal back into the worded image-rights error", async () => {
    vi.stubGlobal('Worker', StubWorker);
    const { moveItemOffThread, ImageRightsError } = await load();
    const moved = moveItemOffThread('card-1', 'freigegeben', null, null);
    StubWorker.made[0]!.reply({
      ok: false,
      refused: {
        column: 'freigegeben',
        problems: [{ attachmentId: 'x', name: 'plakat.jpg', missing: ['creator', 'usage'] }],
      },
    });
    const error = await moved.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageRightsError);
    expect((error as InstanceType<typeof ImageRightsError>).describe('de', 'Freigegeben')).toContain(
      'Nicht nach „Freigegeben“ verschoben: Bildrechte ungeklärt. „plakat.jpg“ fehlt: Urheber, Nutzungsrecht',
    );
  });

  it('turns a storage failure in the worker into the same StorageError', async () => {
    vi.stubGlobal('Worker', StubWorker);
    const { moveItemOffThread, StorageError } = await load();
    const moved = moveItemOffThread('card-1', 'entwurf', null, null);
    StubWorker.made[0]!.reply({ ok: false, storage: 'quota' });
    const error = await moved.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as InstanceType<typeof StorageError>).kind).toBe('quota');
  });

  it('writes the move itself when the worker cannot start', async () => {
    await db.items.add(makeItem({ title: 'Radweg', column: 'idee', rank: 'a0' }, { id: 'card-1' }));
    vi.stubGlobal('Worker', StubWorker);
    const { moveItemOffThread } = await load();
    const moved = moveItemOffThread('card-1', 'entwurf', null, null);
    StubWorker.made[0]!.onerror!({ preventDefault: () => {}, message: 'blocked' });
    await moved;
    expect((await db.items.get('card-1'))?.column).toBe('entwurf');
  });

  it('writes inline where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    await db.items.add(makeItem({ title: 'Radweg', column: 'idee', rank: 'a0' }, { id: 'card-1' }));
    const { moveItemOffThread } = await load();
    await moveItemOffThread('card-1', 'freigegeben', null, null);
    expect((await db.items.get('card-1'))?.column).toBe('freigegeben');
  });
});
