// Every write of the app goes through `write`: one Dexie transaction that also advances the
// persisted hybrid logical clock. The clock state lives in the meta table and is read and written
// inside the same transaction, so two tabs of one browser never hand out the same stamp and stamps
// stay monotonic across reloads.
import type { Table } from 'dexie';
import { createHlc, formatHlc, receiveHlc, tickHlc, type HlcState } from '../../domain/hlc';
import { db } from './db';
import { InputError, toStorageError } from './errors';

const CLOCK_KEY = 'clock';

export interface WriteContext {
  now: number;
  /** A fresh, strictly increasing HLC stamp of this device. */
  stamp: () => string;
  newId: () => string;
  /** Advance this device's clock past a stamp seen from elsewhere (merge). */
  observe: (remoteStamp: string) => void;
}

function newDeviceId(): string {
  // 16 hex digits: short enough to read in a file, random enough for a team of laptops.
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

async function readClock(): Promise<HlcState> {
  const row = await db.meta.get(CLOCK_KEY);
  const value = row?.value as HlcState | undefined;
  if (value && typeof value.node === 'string') return value;
  return createHlc(newDeviceId());
}

/** Test seam: lets tests pin the time that commands see. */
export const clockSource = { now: () => Date.now() };

/** The stamps of one transaction, advancing from the clock it read; `state()` is what gets saved. */
function clockContext(clock: HlcState, now: number): { ctx: WriteContext; state: () => HlcState } {
  let state = clock;
  const ctx: WriteContext = {
    now,
    stamp: () => {
      const next = tickHlc(state, now);
      state = next.state;
      return next.stamp;
    },
    newId: () => crypto.randomUUID(),
    observe: (remote) => {
      state = receiveHlc(state, remote, now);
    },
  };
  return { ctx, state: () => state };
}

const saveClock = (state: HlcState) => db.meta.put({ key: CLOCK_KEY, value: state });

/**
 * One read-write transaction over `tables` and the clock; a failure comes out as a StorageError,
 * except an InputError (a refused write), which passes through unchanged.
 */
export async function write<T>(tables: Table[], body: (ctx: WriteContext) => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', [...tables, db.meta], async () => {
      const { ctx, state } = clockContext(await readClock(), clockSource.now());
      const result = await body(ctx);
      await saveClock(state());
      return result;
    });
  } catch (error) {
    throw error instanceof InputError ? error : toStorageError(error);
  }
}

/** The latest stamp this device has handed out (or moved its clock to), if it ever wrote. */
export async function readClockStamp(): Promise<string | undefined> {
  const value = (await db.meta.get(CLOCK_KEY))?.value as HlcState | undefined;
  return value && typeof value.node === 'string' ? formatHlc(value) : undefined;
}

export async function getDeviceId(): Promise<string> {
  // Almost always the clock exists (every write keeps it): one read, no write transaction.
  let existing: unknown;
  try {
    existing = (await db.meta.get(CLOCK_KEY))?.value;
  } catch (error) {
    throw toStorageError(error);
  }
  if (existing && typeof (existing as HlcState).node === 'string') return (existing as HlcState).node;
  const state = await write([], async () => undefined).then(() => db.meta.get(CLOCK_KEY));
  return (state?.value as HlcState).node;
}
