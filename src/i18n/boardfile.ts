// Strings of board-file export and import. German is the source of truth; English mirrors its shape.

export const de = {
  exportButton: 'Board exportieren',
  importButton: 'Board importieren',
  chooseFile: 'Board-Datei wählen',
  exported: (count: number, fileName: string) => `${count} Beiträge exportiert: ${fileName}`,
  reading: 'Datei wird geprüft …',
  undoImport: 'Import rückgängig',
  undone: 'Import rückgängig gemacht: das Board ist wie vorher.',
  syncButton: 'Mit Datei synchronisieren',
  syncPickerDescription: 'Redaktionsplan-Board',
  syncing: 'Wird synchronisiert …',
  syncFile: (fileName: string) => `Verknüpft mit „${fileName}“`,
  syncUnlink: 'Verknüpfung lösen',
  syncUnlinkLabel: (fileName: string) => `Verknüpfung mit „${fileName}“ lösen`,
  syncUnlinked: (fileName: string) =>
    `„${fileName}“ ist nicht mehr verknüpft; die Datei selbst bleibt, wie sie ist. Beim nächsten Synchronisieren wählen Sie eine Datei.`,
  synced: (fileName: string, changed: number) =>
    changed === 0
      ? `Mit „${fileName}“ synchronisiert: hier war schon alles aktuell, die Datei hat Ihren Stand.`
      : `Mit „${fileName}“ synchronisiert: ${changed === 1 ? '1 Beitrag' : `${changed} Beiträge`} übernommen, die Datei hat jetzt den gemeinsamen Stand.`,
  syncWritten: (fileName: string) => `„${fileName}“ hat jetzt den gemeinsamen Stand.`,
  syncNoPermission: (fileName: string) =>
    `Ohne Schreibrecht auf „${fileName}“ kann nicht synchronisiert werden. Es wurde nichts geändert.`,
  syncWriteFailed: (fileName: string) =>
    `Ihr Board ist zusammengeführt, aber „${fileName}“ konnte nicht geschrieben werden. Bitte erneut synchronisieren.`,
  /** The board-file worker crashed or a job failed inside it (WorkerFailedError). */
  workerFailed:
    'Die Datei konnte nicht verarbeitet werden (interner Fehler). Es wurde nichts geändert. Bitte erneut versuchen.',
};

export type BoardfileMessages = typeof de;

export const en: BoardfileMessages = {
  exportButton: 'Export board',
  importButton: 'Import board',
  chooseFile: 'Choose board file',
  exported: (count, fileName) => `${count} items exported: ${fileName}`,
  reading: 'Checking file …',
  undoImport: 'Undo import',
  undone: 'Import undone: the board is as it was.',
  syncButton: 'Sync with file',
  syncPickerDescription: 'Redaktionsplan board',
  syncing: 'Syncing …',
  syncFile: (fileName) => `Linked to “${fileName}”`,
  syncUnlink: 'Unlink',
  syncUnlinkLabel: (fileName) => `Unlink “${fileName}”`,
  syncUnlinked: (fileName) =>
    `“${fileName}” is no longer linked; the file itself stays as it is. The next sync asks for a file.`,
  synced: (fileName, changed) =>
    changed === 0
      ? `Synced with “${fileName}”: everything here was up to date; the file has your version.`
      : `Synced with “${fileName}”: ${changed === 1 ? '1 item' : `${changed} items`} taken over; the file now has the shared version.`,
  syncWritten: (fileName) => `“${fileName}” now has the shared version.`,
  syncNoPermission: (fileName) =>
    `Without permission to write “${fileName}” there is no sync. Nothing was changed.`,
  syncWriteFailed: (fileName) =>
    `Your board is merged, but “${fileName}” could not be written. Please sync again.`,
  workerFailed: 'The file could not be processed (internal error). Nothing was changed. Please try again.',
};
