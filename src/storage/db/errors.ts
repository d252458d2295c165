// Storage failures translated into kinds the UI can explain in German (i18n keys storageError.*).

export type StorageErrorKind = 'quota' | 'closed' | 'blocked' | 'unavailable' | 'unknown';

/**
 * Base of errors that reject what the user typed (validation inside a command). They pass through
 * write() unchanged: they are not storage failures and the UI shows them next to the field.
 */
export class InputError extends Error {}

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    readonly cause?: unknown,
  ) {
    super(`storage:${kind}`);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; inner?: unknown };
    if (e.name === 'AbortError' && e.inner) return errorName(e.inner);
    if (typeof e.name === 'string') return e.name;
  }
  return '';
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', error);
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError')
    return new StorageError('closed', error);
  if (name === 'VersionError' || name === 'BlockedError') return new StorageError('blocked', error);
  if (name === 'MissingAPIError' || name === 'OpenFailedError') return new StorageError('unavailable', error);
  return new StorageError('unknown', error);
}
