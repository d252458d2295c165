// The board file chosen for `Mit Datei synchronisieren`. Module state rather than component state:
// the buttons move between the empty board and the toolbar and remount. It is also stored in the
// database (storage/boardfile/syncFileCommands.ts), so after a reload it is still linked.
import {
  forgetSyncFileHandle,
  loadSyncFileHandle,
  saveSyncFileHandle,
} from '../../storage/boardfile/syncFileCommands';

/** The part of the File System Access API's FileSystemFileHandle that syncing uses. */
export interface SyncFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

type OpenFilePicker = (options: {
  types: { description: string; accept: Record<string, string[]> }[];
  multiple: false;
}) => Promise<SyncFileHandle[]>;

let remembered: SyncFileHandle | null = null;
let loaded: Promise<SyncFileHandle | null> | null = null;

export const rememberedSyncFile = () => remembered;
/** Session only (tests, and the fallback where a handle cannot be stored). */
export function rememberSyncFile(handle: SyncFileHandle | null): void {
  remembered = handle;
  loaded = Promise.resolve(handle);
}

const isHandle = (value: unknown): value is SyncFileHandle =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SyncFileHandle).name === 'string' &&
  typeof (value as SyncFileHandle).getFile === 'function';

/** The linked file: from this session, else as stored before the last reload (read once). */
export function linkedSyncFile(): Promise<SyncFileHandle | null> {
  loaded ??= loadSyncFileHandle().then(
    (value) => (remembered ??= isHandle(value) ? value : null),
    () => remembered,
  );
  return loaded;
}

/** Link a chosen file, for this session and (where the browser can store handles) after reloads. */
export async function linkSyncFile(handle: SyncFileHandle): Promise<void> {
  rememberSyncFile(handle);
  await saveSyncFileHandle(handle);
}

export async function unlinkSyncFile(): Promise<void> {
  rememberSyncFile(null);
  await forgetSyncFileHandle();
}

/** Chromium only; Firefox and Safari keep download and upload. */
export function openFilePicker(): OpenFilePicker | null {
  const picker = (window as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}
