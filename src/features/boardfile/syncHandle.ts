// The board file chosen for `Mit Datei synchronisieren`, kept for the session. Module state rather
// than component state: the buttons move between the empty board and the toolbar and remount.

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

export const rememberedSyncFile = () => remembered;
export function rememberSyncFile(handle: SyncFileHandle | null): void {
  remembered = handle;
}

/** Chromium only; Firefox and Safari keep download and upload. */
export function openFilePicker(): OpenFilePicker | null {
  const picker = (window as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}
