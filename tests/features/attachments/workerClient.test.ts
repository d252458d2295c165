// The attach worker's client: a crashed worker fails that file with its own reason (worded in
// German), and the next file goes to a fresh worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobReply, JobRequest } from '../../../src/platform/workerClient';
import type { PrepareResult } from '../../../src/features/attachments/prepareFile';
import { de } from '../../../src/i18n/attachments';

class StubWorker {
  static made: StubWorker[] = [];
  posted: JobRequest<Blob>[] = [];
  onmessage: ((event: { data: JobReply<PrepareResult, never> }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: unknown = null;
  terminated = false;
  constructor() {
    StubWorker.made.push(this);
  }
  postMessage(message: JobRequest<Blob>) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.resetModules();
  StubWorker.made = [];
  vi.stubGlobal('Worker', StubWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('prepareInWorker', () => {
  it('a crashed worker refuses the file as workerFailed; the next file starts a fresh worker', async () => {
    const { prepareInWorker } = await import('../../../src/features/attachments/workerClient');
    const photo = prepareInWorker(new Blob(['x']));
    const broken = StubWorker.made[0]!;
    broken.onmessage!({ data: { type: 'ready' } });
    broken.onerror!(Object.assign(new Event('error', { cancelable: true }), { message: 'Out of memory' }));
    await expect(photo).resolves.toEqual({ ok: false, reason: 'workerFailed' });
    expect(broken.terminated).toBe(true);

    const next = prepareInWorker(new Blob(['y']));
    expect(StubWorker.made).toHaveLength(2);
    const fresh = StubWorker.made[1]!;
    const result: PrepareResult = { ok: true, type: 'image/png', hash: 'h', size: 1, thumb: null };
    fresh.onmessage!({ data: { type: 'done', id: fresh.posted[0]!.id, result } });
    await expect(next).resolves.toEqual(result);
  });

  it('words that refusal in German', () => {
    expect(de.refusal({ name: 'a.jpg', reason: 'workerFailed', size: 1 })).toBe(
      'Die Datei konnte nicht verarbeitet werden (interner Fehler) und wurde nicht angehängt. Bitte erneut versuchen.',
    );
  });
});
