// Persistent storage (the browser promises not to evict the board under storage pressure) and how
// much space the board uses. Both APIs are missing in some browsers; callers get null then.

export interface StorageUsage {
  usage: number;
  quota: number;
}

const ASKED_KEY = 'redaktionsplan.persistAsked';

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** true/false, or null when the browser cannot tell. */
export async function isPersisted(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage?.persisted) return null;
  try {
    return await storage.persisted();
  } catch {
    return null;
  }
}

/** Asks the browser for persistent storage (her click, or the first item). Returns the answer. */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage?.persist) return null;
  try {
    return await storage.persist();
  } catch {
    return null;
  }
}

/**
 * Asks once per browser profile, unprompted: e.g. after her first item, when there is something to
 * keep. Later requests come only from the button in Einstellungen.
 */
export async function requestPersistenceOnce(): Promise<boolean | null> {
  try {
    if (localStorage.getItem(ASKED_KEY)) return isPersisted();
    localStorage.setItem(ASKED_KEY, '1');
  } catch {
    // localStorage unavailable: ask anyway, the browser remembers its own answer.
  }
  return requestPersistence();
}

export async function storageUsage(): Promise<StorageUsage | null> {
  const storage = storageManager();
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
