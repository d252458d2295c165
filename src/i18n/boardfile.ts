// Strings of board-file export and import. German is the source of truth; English mirrors its shape.
import type { ParseErrorKind } from '../boardfile/parse';

export const de = {
  exportButton: 'Board exportieren',
  importButton: 'Board importieren',
  chooseFile: 'Board-Datei wählen',
  exported: (count: number, fileName: string) => `${count} Beiträge exportiert: ${fileName}`,
  reading: 'Datei wird geprüft …',
  previewHeading: 'Board-Datei importieren',
  previewIntro: (fileName: string, exportedAt: string) =>
    `„${fileName}“, exportiert am ${exportedAt}. Nichts wird überschrieben: beide Stände werden zusammengeführt.`,
  counts: {
    newItems: (n: number) => `${n} neue Beiträge`,
    changedItems: (n: number) => `${n} geänderte Beiträge`,
    deletedItems: (n: number) => `${n} Beiträge wurden dort gelöscht`,
    unchangedItems: (n: number) => `${n} unverändert`,
  },
  nothingToDo: 'Die Datei enthält nichts, was hier nicht schon steht.',
  conflictsHeading: (n: number) => `${n} Felder wurden auf beiden Seiten geändert`,
  conflictsExplain: 'Es gilt jeweils die spätere Änderung.',
  conflictLine: (field: string, winner: string, when: string) => `${field}: ${winner} (geändert ${when})`,
  winnerLocal: 'Ihr Stand bleibt',
  winnerIncoming: 'Stand aus der Datei gilt',
  fields: {
    title: 'Titel',
    brief: 'Themeninfo',
    department: 'Fachbereich',
    contact: 'Ansprechperson',
    channelIds: 'Kanäle',
    publishDate: 'Veröffentlichung',
    publishTime: 'Uhrzeit',
    assigneeId: 'Zuständig',
    urgent: 'Dringend',
    notes: 'Notizen',
    position: 'Spalte und Position',
    archived: 'Archiviert',
    deleted: 'Gelöscht',
  },
  confirm: 'Zusammenführen',
  imported: 'Board-Datei zusammengeführt.',
  undoImport: 'Import rückgängig',
  undone: 'Import rückgängig gemacht: das Board ist wie vorher.',
  errors: {
    tooLarge: 'Die Datei ist zu groß (mehr als 64 MB). Ist es die richtige Datei? Es wurde nichts geändert.',
    notJson: 'Diese Datei ist keine Redaktionsplan-Datei (kein lesbares JSON). Es wurde nichts geändert.',
    truncated:
      'Die Datei ist unvollständig – vermutlich wurde sie beim Kopieren oder Herunterladen abgeschnitten. Es wurde nichts geändert.',
    notOurFormat: 'Diese Datei stammt nicht aus Redaktionsplan. Es wurde nichts geändert.',
    tooNew:
      'Diese Datei stammt aus einer neueren Version von Redaktionsplan. Bitte aktualisieren Sie die App und versuchen Sie es erneut. Es wurde nichts geändert.',
    hostileKeys:
      'Die Datei enthält unzulässige Einträge und wird aus Sicherheitsgründen nicht gelesen. Es wurde nichts geändert.',
    invalidRecords: 'Die Datei enthält fehlerhafte Daten. Es wurde nichts geändert.',
    duplicateIds: 'Die Datei enthält doppelte Einträge. Es wurde nichts geändert.',
    blobMismatch:
      'Ein eingebetteter Anhang ist beschädigt (Inhalt passt nicht zur Prüfsumme). Es wurde nichts geändert.',
  } satisfies Record<ParseErrorKind, string>,
  errorDetail: (detail: string) => `Fundstelle: ${detail}`,
  readFailed: 'Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.',
  syncButton: 'Mit Datei synchronisieren',
  syncPickerDescription: 'Redaktionsplan-Board',
  syncing: 'Wird synchronisiert …',
  syncFile: (fileName: string) => `Synchronisiert mit „${fileName}“`,
  synced: (fileName: string, changed: number) =>
    changed === 0
      ? `Mit „${fileName}“ synchronisiert: hier war schon alles aktuell, die Datei hat Ihren Stand.`
      : `Mit „${fileName}“ synchronisiert: ${changed === 1 ? '1 Beitrag' : `${changed} Beiträge`} übernommen, die Datei hat jetzt den gemeinsamen Stand.`,
  syncWritten: (fileName: string) => `„${fileName}“ hat jetzt den gemeinsamen Stand.`,
  syncNoPermission: (fileName: string) =>
    `Ohne Schreibrecht auf „${fileName}“ kann nicht synchronisiert werden. Es wurde nichts geändert.`,
  syncWriteFailed: (fileName: string) =>
    `Ihr Board ist zusammengeführt, aber „${fileName}“ konnte nicht geschrieben werden. Bitte erneut synchronisieren.`,
};

export type BoardfileMessages = typeof de;

export const en: BoardfileMessages = {
  exportButton: 'Export board',
  importButton: 'Import board',
  chooseFile: 'Choose board file',
  exported: (count, fileName) => `${count} items exported: ${fileName}`,
  reading: 'Checking file …',
  previewHeading: 'Import board file',
  previewIntro: (fileName, exportedAt) =>
    `“${fileName}”, exported on ${exportedAt}. Nothing is overwritten: both versions are merged.`,
  counts: {
    newItems: (n) => `${n} new items`,
    changedItems: (n) => `${n} changed items`,
    deletedItems: (n) => `${n} items were deleted there`,
    unchangedItems: (n) => `${n} unchanged`,
  },
  nothingToDo: 'The file holds nothing that is not already here.',
  conflictsHeading: (n) => `${n} fields were changed on both sides`,
  conflictsExplain: 'The later change wins.',
  conflictLine: (field, winner, when) => `${field}: ${winner} (changed ${when})`,
  winnerLocal: 'your version stays',
  winnerIncoming: 'version from the file wins',
  fields: {
    title: 'Title',
    brief: 'Brief',
    department: 'Department',
    contact: 'Contact',
    channelIds: 'Channels',
    publishDate: 'Publication',
    publishTime: 'Time',
    assigneeId: 'Assignee',
    urgent: 'Urgent',
    notes: 'Notes',
    position: 'Column and position',
    archived: 'Archived',
    deleted: 'Deleted',
  },
  confirm: 'Merge',
  imported: 'Board file merged.',
  undoImport: 'Undo import',
  undone: 'Import undone: the board is as it was.',
  errors: {
    tooLarge: 'The file is too large (over 64 MB). Is it the right file? Nothing was changed.',
    notJson: 'This is not a Redaktionsplan file (no readable JSON). Nothing was changed.',
    truncated: 'The file is incomplete – probably cut off while copying or downloading. Nothing was changed.',
    notOurFormat: 'This file does not come from Redaktionsplan. Nothing was changed.',
    tooNew:
      'This file comes from a newer version of Redaktionsplan. Please update the app and try again. Nothing was changed.',
    hostileKeys:
      'The file contains forbidden entries and is not read for security reasons. Nothing was changed.',
    invalidRecords: 'The file contains invalid data. Nothing was changed.',
    duplicateIds: 'The file contains duplicate entries. Nothing was changed.',
    blobMismatch:
      'An embedded attachment is damaged (its content does not match its checksum). Nothing was changed.',
  },
  errorDetail: (detail) => `Location: ${detail}`,
  readFailed: 'The file could not be read. Nothing was changed.',
  syncButton: 'Sync with file',
  syncPickerDescription: 'Redaktionsplan board',
  syncing: 'Syncing …',
  syncFile: (fileName) => `Synced with “${fileName}”`,
  synced: (fileName, changed) =>
    changed === 0
      ? `Synced with “${fileName}”: everything here was up to date; the file has your version.`
      : `Synced with “${fileName}”: ${changed === 1 ? '1 item' : `${changed} items`} taken over; the file now has the shared version.`,
  syncWritten: (fileName) => `“${fileName}” now has the shared version.`,
  syncNoPermission: (fileName) =>
    `Without permission to write “${fileName}” there is no sync. Nothing was changed.`,
  syncWriteFailed: (fileName) =>
    `Your board is merged, but “${fileName}” could not be written. Please sync again.`,
};
