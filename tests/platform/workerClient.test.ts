// The shared worker client: starts on the first job, matches replies by id, falls back inline, and a
// failed worker rejects with a typed error and is replaced by a fresh one on the next job.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createWorkerClient,
  serveJobs,
  type JobReply,
  type JobRequest,
} from '../../src/platform/workerClient';
import { WorkerFailedError } from '../../src/platform/workerFailure';

type Job = { n: number };
type Reply = JobReply<string, string>;

/** Stands in for a Worker: records what it is sent; the test answers for it. */
class FakeWorker {
  posted: JobRequest<Job>[] = [];
  terminated = false;
  onmessage: ((event: { data: Reply }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(message: JobRequest<Job>) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: Reply) {
    this.onmessage!({ data });
  }
  /** The id of the nth job sent to this worker. */
  id(nth: number) {
    return this.posted[nth]!.id;
  }
  crash(message?: string) {
    const event = new Event('error', { cancelable: true });
    if (message !== undefined) Object.assign(event, { message });
    this.onerror!(event);
    return event;
  }
}

function setUp() {
  vi.stubGlobal('Worker', FakeWorker);
  const made: FakeWorker[] = [];
  const inline = vi.fn(async (job: Job) => `inline ${job.n}`);
  const client = createWorkerClient<Job, string, string>({
    name: 'test',
    start: () => {
      const worker = new FakeWorker();
      made.push(worker);
      return worker as unknown as Worker;
    },
    inline,
  });
  return { client, made, inline };
}

afterEach(() => vi.unstubAllGlobals());

describe('worker client', () => {
  it('runs jobs inline where there is no Worker (jsdom), and never tries to start one', async () => {
    expect(typeof Worker).toBe('undefined');
    const start = vi.fn();
    const client = createWorkerClient<Job, string>({ name: 'test', start, inline: async (j) => `${j.n}` });
    await expect(client.run({ n: 1 })).resolves.toBe('1');
    expect(start).not.toHaveBeenCalled();
  });

  it('starts the worker with the first job, not before, and keeps it for the next', () => {
    const { client, made } = setUp();
    expect(made).toHaveLength(0);
    void client.run({ n: 1 });
    void client.run({ n: 2 });
    expect(made).toHaveLength(1);
    expect(made[0]!.posted.map((m) => m.job)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('matches replies to their jobs by id, whatever order they come back in', async () => {
    const { client, made } = setUp();
    const first = client.run({ n: 1 });
    const second = client.run({ n: 2 });
    const worker = made[0]!;
    expect(worker.id(0)).not.toBe(worker.id(1));
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'done', id: worker.id(1), result: 'two' });
    worker.reply({ type: 'done', id: worker.id(0), result: 'one' });
    await expect(first).resolves.toBe('one');
    await expect(second).resolves.toBe('two');
  });

  it('hands the parts sent ahead of a result to that job only, in order', async () => {
    const { client, made } = setUp();
    const parts: string[] = [];
    const other: string[] = [];
    const done = client.run({ n: 1 }, { onPart: (p) => parts.push(p) });
    void client.run({ n: 2 }, { onPart: (p) => other.push(p) });
    const worker = made[0]!;
    worker.reply({ type: 'part', id: worker.id(0), part: 'a' });
    worker.reply({ type: 'part', id: worker.id(0), part: 'b' });
    worker.reply({ type: 'done', id: worker.id(0), result: 'whole' });
    await expect(done).resolves.toBe('whole');
    expect(parts).toEqual(['a', 'b']);
    expect(other).toEqual([]);
  });

  it('runs the jobs inline when the worker cannot be created, and the later ones too', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const start = vi.fn(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const client = createWorkerClient<Job, string>({ name: 'test', start, inline: async (j) => `in ${j.n}` });
    await expect(client.run({ n: 1 })).resolves.toBe('in 1');
    await expect(client.run({ n: 2 })).resolves.toBe('in 2');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('runs what waits inline when the worker fails before its code loaded, and the later jobs too', async () => {
    const { client, made, inline } = setUp();
    const waiting = client.run({ n: 1 });
    const event = made[0]!.crash();
    expect(event.defaultPrevented).toBe(true);
    await expect(waiting).resolves.toBe('inline 1');
    expect(made[0]!.terminated).toBe(true);
    await expect(client.run({ n: 2 })).resolves.toBe('inline 2');
    expect(made).toHaveLength(1);
    expect(inline).toHaveBeenCalledTimes(2);
  });

  it('rejects every waiting job with a typed error when the worker crashes; the next job starts a fresh one', async () => {
    const { client, made, inline } = setUp();
    const first = client.run({ n: 1 });
    const second = client.run({ n: 2 });
    const broken = made[0]!;
    broken.reply({ type: 'ready' });
    broken.crash('Out of memory');

    const error = await first.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerFailedError);
    expect(error).toMatchObject({
      worker: 'test',
      kind: 'crashed',
      thrown: { name: 'Error', message: 'Out of memory' },
    });
    await expect(second).rejects.toMatchObject({ kind: 'crashed' });
    expect(broken.terminated).toBe(true);

    const next = client.run({ n: 3 });
    expect(made).toHaveLength(2);
    const fresh = made[1]!;
    expect(fresh.posted.map((m) => m.job)).toEqual([{ n: 3 }]);
    fresh.reply({ type: 'done', id: fresh.id(0), result: 'three' });
    await expect(next).resolves.toBe('three');
    expect(inline).not.toHaveBeenCalled();
  });

  it('rejects the waiting jobs when a reply cannot be read (messageerror), and starts afresh', async () => {
    const { client, made } = setUp();
    const waiting = client.run({ n: 1 });
    made[0]!.onmessageerror!();
    await expect(waiting).rejects.toMatchObject({ name: 'WorkerFailedError', kind: 'unreadableReply' });
    expect(made[0]!.terminated).toBe(true);
    void client.run({ n: 2 });
    expect(made).toHaveLength(2);
  });

  it('a job that throws in the worker fails alone; the worker finishes the rest and is replaced', async () => {
    const { client, made } = setUp();
    const deep = client.run({ n: 1 });
    const meanwhile = client.run({ n: 2 });
    const worker = made[0]!;
    worker.reply({
      type: 'failed',
      id: worker.id(0),
      error: { name: 'RangeError', message: 'Maximum call stack size exceeded', dom: false },
    });
    await expect(deep).rejects.toMatchObject({
      kind: 'jobFailed',
      thrown: { name: 'RangeError', message: 'Maximum call stack size exceeded' },
    });
    expect(worker.terminated).toBe(false);

    // New jobs go to a fresh worker at once.
    void client.run({ n: 3 });
    expect(made).toHaveLength(2);
    expect(made[1]!.posted.map((m) => m.job)).toEqual([{ n: 3 }]);

    worker.reply({ type: 'done', id: worker.id(1), result: 'two' });
    await expect(meanwhile).resolves.toBe('two');
    expect(worker.terminated).toBe(true);
  });

  it('gives a DOMException thrown by the job back as one (e.g. a file that cannot be read), keeping the worker', async () => {
    const { client, made } = setUp();
    const waiting = client.run({ n: 1 });
    const worker = made[0]!;
    worker.reply({
      type: 'failed',
      id: worker.id(0),
      error: { name: 'NotReadableError', message: 'gone', dom: true },
    });
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'NotReadableError', message: 'gone' });
    void client.run({ n: 2 });
    expect(made).toHaveLength(1);
    expect(worker.terminated).toBe(false);
  });

  it('fails a job that cannot be sent (not cloneable) alone', async () => {
    const { client, made } = setUp();
    const waiting = client.run({ n: 1 });
    const worker = made[0]!;
    vi.spyOn(worker, 'postMessage').mockImplementationOnce(() => {
      throw new DOMException('no clone', 'DataCloneError');
    });
    await expect(client.run({ n: 2 })).rejects.toMatchObject({ name: 'DataCloneError' });
    worker.reply({ type: 'done', id: worker.id(0), result: 'one' });
    await expect(waiting).resolves.toBe('one');
  });
});

describe('serveJobs (the worker half)', () => {
  const scope = self as unknown as {
    onmessage: ((event: { data: JobRequest<Job> }) => Promise<void>) | null;
  };
  afterEach(() => {
    scope.onmessage = null;
    vi.restoreAllMocks();
  });

  it('says it is ready, then answers each job with its parts and result, or with what it threw', async () => {
    const posted: Reply[] = [];
    vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => {
      posted.push(message as Reply);
    });
    serveJobs<Job, string, string>(async (job, sendPart) => {
      if (job.n === 2) throw new RangeError('Maximum call stack size exceeded');
      if (job.n === 3) throw new DOMException('gone', 'NotReadableError');
      sendPart('a');
      return `done ${job.n}`;
    });
    expect(posted).toEqual([{ type: 'ready' }]);

    await scope.onmessage!({ data: { id: 7, job: { n: 1 } } });
    await scope.onmessage!({ data: { id: 8, job: { n: 2 } } });
    await scope.onmessage!({ data: { id: 9, job: { n: 3 } } });
    expect(posted.slice(1)).toEqual([
      { type: 'part', id: 7, part: 'a' },
      { type: 'done', id: 7, result: 'done 1' },
      {
        type: 'failed',
        id: 8,
        error: { name: 'RangeError', message: 'Maximum call stack size exceeded', dom: false },
      },
      { type: 'failed', id: 9, error: { name: 'NotReadableError', message: 'gone', dom: true } },
    ]);
  });
});
