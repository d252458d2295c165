// Why a file was not attached, as data: the UI words it (i18n/attachments.ts).
import type { RefusalReason } from '../../domain/fileCheck';
import type { StorageErrorKind } from '../db/errors';

/** `workerFailed`: the attach worker crashed or failed on this file (an internal error, not the file's). */
export type PrepareRefusal = RefusalReason | 'unreadable' | 'workerFailed';

/** `heicFailed`: an iPhone photo (HEIC/HEIF) that could not be converted to JPEG. */
export type RefusalKind = PrepareRefusal | 'heicFailed' | 'quota' | StorageErrorKind;

export interface Refused {
  name: string;
  reason: RefusalKind;
  width?: number;
  height?: number;
  size: number;
}
