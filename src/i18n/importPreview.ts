// Strings of the import preview (ImportDialog). Kept out of the shared dictionary: they load with the
// lazy dialog, not with the board's first download (initial-JS budget). German is the source of truth.
import { MAX_EXTRA_DEPTH, MAX_EXTRA_SIZE } from '../boardfile/format';
import type { ParseError, ParseErrorKind, RecordList, SkippedRecord } from '../boardfile/parse';

const recordNamesDe: Record<RecordList, string> = {
  items: 'Beitrag',
  channels: 'Kanal',
  members: 'Person',
  standups: 'Stand-up-Protokoll',
  blobs: 'Eingebetteter Anhang',
};

const recordNamesEn: Record<RecordList, string> = {
  items: 'Item',
  channels: 'Channel',
  members: 'Person',
  standups: 'Stand-up record',
  blobs: 'Embedded attachment',
};

const pluralNamesDe: Record<RecordList, [string, string]> = {
  items: ['Beitrag', 'Beiträge'],
  channels: ['Kanal', 'Kanäle'],
  members: ['Person', 'Personen'],
  standups: ['Stand-up-Protokoll', 'Stand-up-Protokolle'],
  blobs: ['eingebetteter Anhang', 'eingebettete Anhänge'],
};

const pluralNamesEn: Record<RecordList, [string, string]> = {
  items: ['item', 'items'],
  channels: ['channel', 'channels'],
  members: ['person', 'people'],
  standups: ['stand-up record', 'stand-up records'],
  blobs: ['embedded attachment', 'embedded attachments'],
};

/**
 * Names of the fields a skipped record's problem is most often in, as the editor labels them; any
 * other field (a clock, a checklist entry's) is shown by its path in the file.
 */
const fieldNamesDe: Record<string, string> = {
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
  column: 'Spalte',
  name: 'Name',
  day: 'Tag',
};

const fieldNamesEn: Record<string, string> = {
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
  column: 'Column',
  name: 'Name',
  day: 'Day',
};

/** „Beitrag „Gasleck“ (ID item-1)“, or by its position when the record has no title. */
function skippedWhat(
  names: Record<RecordList, string>,
  [number, open, close]: [string, string, string],
  skipped: SkippedRecord,
): string {
  const { list, index, id, label } = skipped.record;
  const which = label ? ` ${open}${label}${close}` : ` ${number} ${index + 1}`;
  return `${names[list]}${which}${id ? ` (ID ${id})` : ''}`;
}

export const de = {
  previewHeading: 'Board-Datei importieren',
  previewIntro: (fileName: string, exportedAt: string) =>
    `„${fileName}“, exportiert am ${exportedAt}. Nichts wird überschrieben: beide Stände werden zusammengeführt.`,
  counts: {
    newItems: (n: number) => (n === 1 ? '1 neuer Beitrag' : `${n} neue Beiträge`),
    changedItems: (n: number) => (n === 1 ? '1 geänderter Beitrag' : `${n} geänderte Beiträge`),
    deletedItems: (n: number) =>
      n === 1 ? '1 Beitrag wurde dort gelöscht' : `${n} Beiträge wurden dort gelöscht`,
    unchangedItems: (n: number) => (n === 1 ? '1 Beitrag unverändert' : `${n} Beiträge unverändert`),
    newStandups: (n: number) => (n === 1 ? '1 neues Stand-up-Protokoll' : `${n} neue Stand-up-Protokolle`),
    changedStandups: (n: number) =>
      n === 1 ? '1 geändertes Stand-up-Protokoll' : `${n} geänderte Stand-up-Protokolle`,
  },
  nothingToDo: 'Die Datei enthält nichts, was hier nicht schon steht.',
  danglingChannels: (n: number) =>
    `${n === 1 ? '1 Verweis' : `${n} Verweise`} auf Kanäle, die keines der beiden Boards kennt: die Beiträge bleiben vollständig erhalten, der Kanal wird nicht angezeigt, bis er mit einer Board-Datei ankommt.`,
  danglingMembers: (n: number) =>
    `${n === 1 ? '1 Verweis' : `${n} Verweise`} auf Zuständige, die keines der beiden Boards kennt: die Beiträge bleiben vollständig erhalten, sie erscheinen als „Unbekannte Person“.`,
  skewed: (count: number, device: string, latest: string) =>
    `${count === 1 ? '1 Änderung' : `${count} Änderungen`} von Gerät ${device} ${count === 1 ? 'trägt' : 'tragen'} einen Zeitstempel in der Zukunft (bis ${latest}) und ${count === 1 ? 'wurde' : 'wurden'} auf heute begrenzt: die Uhr dieses Geräts geht vermutlich falsch. Ihre nächsten Änderungen gelten als später.`,
  conflictsHeading: (n: number) =>
    n === 1 ? '1 Feld wurde auf beiden Seiten geändert' : `${n} Felder wurden auf beiden Seiten geändert`,
  conflictsExplain:
    'Hier und in der Datei wurde dasselbe Feld seit dem letzten Austausch geändert. Es gilt jeweils die spätere Änderung; die andere Fassung steht hier, damit sie nicht unbemerkt verloren geht.',
  conflictLine: (field: string, winner: string, when: string) =>
    `${field}: ${winner}, weil sie die spätere Änderung ist (${when})`,
  winnerLocal: 'Ihr Stand bleibt',
  winnerIncoming: 'Stand aus der Datei gilt',
  conflictHere: 'Hier',
  conflictInFile: 'In der Datei',
  openItem: (title: string) => `„${title}“ öffnen`,
  values: { empty: '(leer)', yes: 'ja', no: 'nein', unknown: '(unbekannt)' },
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
  errors: {
    tooLarge: 'Die Datei ist zu groß (mehr als 256 MB). Ist es die richtige Datei? Es wurde nichts geändert.',
    blobMismatch:
      'Ein eingebetteter Anhang ist beschädigt (Inhalt passt nicht zur Prüfsumme). Es wurde nichts geändert.',
    notJson: 'Diese Datei ist keine Redaktionsplan-Datei (kein lesbares JSON). Es wurde nichts geändert.',
    truncated:
      'Die Datei ist unvollständig – vermutlich wurde sie beim Kopieren oder Herunterladen abgeschnitten. Es wurde nichts geändert.',
    notOurFormat: 'Diese Datei stammt nicht aus Redaktionsplan. Es wurde nichts geändert.',
    tooNew:
      'Diese Datei stammt aus einer neueren Version von Redaktionsplan. Bitte aktualisieren Sie die App und versuchen Sie es erneut. Es wurde nichts geändert.',
    hostileKeys:
      'Die Datei enthält unzulässige Einträge und wird aus Sicherheitsgründen nicht gelesen. Es wurde nichts geändert.',
    invalidRecords:
      'Die Datei ist beschädigt oder enthält zu lange Texte oder Listen und wird nicht gelesen. Es wurde nichts geändert.',
    duplicateIds: 'Die Datei enthält doppelte Einträge. Es wurde nichts geändert.',
    extraTooLarge: `Ein Eintrag der Datei enthält Zusatzangaben, die diese Version nicht kennt und die zu tief verschachtelt (mehr als ${MAX_EXTRA_DEPTH} Ebenen) oder zu groß (mehr als ${MAX_EXTRA_SIZE.toLocaleString('de-DE')} Zeichen) sind. Die Datei wird nicht gelesen. Es wurde nichts geändert.`,
  } satisfies Record<ParseErrorKind, string>,
  errorDetail: (detail: string) => `Fundstelle: ${detail}`,
  /** The record an error names, e.g. „Betroffen: Beitrag „Gasleck“ (ID item-1), Feld clocks.title“. */
  errorRecord: (error: ParseError): string | null => {
    if (!error.record) return null;
    const { list, id, label } = error.record;
    const what = list
      ? `${recordNamesDe[list]}${label ? ` „${label}“` : ''}${id ? ` (ID ${id})` : ''}`
      : 'Dateikopf';
    return `Betroffen: ${what}${error.field ? `, Feld ${error.field}` : ''}`;
  },
  readFailed: 'Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.',
  /** Records of the file that could not be read and are left out of the import. */
  skipped: {
    heading: (list: RecordList, n: number) => {
      const [one, many] = pluralNamesDe[list];
      return n === 1 ? `1 ${one} konnte nicht gelesen werden` : `${n} ${many} konnten nicht gelesen werden`;
    },
    explain:
      'Sie werden nicht übernommen, alles andere wird zusammengeführt. Was hier unter derselben ID steht, bleibt, wie es ist.',
    line: (skipped: SkippedRecord): string => {
      const field = fieldNamesDe[skipped.field] ?? skipped.field;
      const reason = {
        missing: `${field} fehlt`,
        invalid: skipped.field === '' ? 'kein lesbarer Eintrag' : `${field} ist ungültig`,
        impossibleStamp: `Zeitstempel ${skipped.field} nennt eine Uhrzeit, die es nicht gibt`,
        impossibleDate: `${field} ist ein Datum, das es nicht gibt`,
      }[skipped.problem];
      return `${skippedWhat(recordNamesDe, ['Nr.', '„', '“'], skipped)}: ${reason}`;
    },
    more: (n: number) => `… und ${n} weitere`,
    /** Said when the import is a sync: the shared file is written back from the board afterwards. */
    writtenBack:
      'Danach wird die gemeinsame Datei mit Ihrem Board neu geschrieben: auch dort fehlen sie dann.',
  },
};

export type ImportPreviewMessages = typeof de;

export const en: ImportPreviewMessages = {
  previewHeading: 'Import board file',
  previewIntro: (fileName, exportedAt) =>
    `“${fileName}”, exported on ${exportedAt}. Nothing is overwritten: both versions are merged.`,
  counts: {
    newItems: (n) => (n === 1 ? '1 new item' : `${n} new items`),
    changedItems: (n) => (n === 1 ? '1 changed item' : `${n} changed items`),
    deletedItems: (n) => (n === 1 ? '1 item was deleted there' : `${n} items were deleted there`),
    unchangedItems: (n) => (n === 1 ? '1 item unchanged' : `${n} items unchanged`),
    newStandups: (n) => (n === 1 ? '1 new stand-up record' : `${n} new stand-up records`),
    changedStandups: (n) => (n === 1 ? '1 changed stand-up record' : `${n} changed stand-up records`),
  },
  nothingToDo: 'The file holds nothing that is not already here.',
  danglingChannels: (n) =>
    `${n === 1 ? '1 reference' : `${n} references`} to channels neither board knows: the items are kept in full; the channel is not shown until it arrives with a board file.`,
  danglingMembers: (n) =>
    `${n === 1 ? '1 reference' : `${n} references`} to assignees neither board knows: the items are kept in full and show “Unknown person”.`,
  skewed: (count, device, latest) =>
    `${count === 1 ? '1 change' : `${count} changes`} from device ${device} ${count === 1 ? 'carries' : 'carry'} a timestamp in the future (up to ${latest}) and ${count === 1 ? 'was' : 'were'} limited to today: that device's clock is probably wrong. Your next changes count as later.`,
  conflictsHeading: (n) =>
    n === 1 ? '1 field was changed on both sides' : `${n} fields were changed on both sides`,
  conflictsExplain:
    'The same field was changed here and in the file since the last exchange. The later change wins; the other version is shown here so it is not lost unnoticed.',
  conflictLine: (field, winner, when) => `${field}: ${winner}, being the later change (${when})`,
  winnerLocal: 'your version stays',
  winnerIncoming: 'version from the file wins',
  conflictHere: 'Here',
  conflictInFile: 'In the file',
  openItem: (title) => `Open “${title}”`,
  values: { empty: '(empty)', yes: 'yes', no: 'no', unknown: '(unknown)' },
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
  errors: {
    tooLarge: 'The file is too large (over 256 MB). Is it the right file? Nothing was changed.',
    blobMismatch:
      'An embedded attachment is damaged (its content does not match its checksum). Nothing was changed.',
    notJson: 'This is not a Redaktionsplan file (no readable JSON). Nothing was changed.',
    truncated: 'The file is incomplete – probably cut off while copying or downloading. Nothing was changed.',
    notOurFormat: 'This file does not come from Redaktionsplan. Nothing was changed.',
    tooNew:
      'This file comes from a newer version of Redaktionsplan. Please update the app and try again. Nothing was changed.',
    hostileKeys:
      'The file contains forbidden entries and is not read for security reasons. Nothing was changed.',
    invalidRecords:
      'The file is damaged or holds texts or lists that are too long, and is not read. Nothing was changed.',
    duplicateIds: 'The file contains duplicate entries. Nothing was changed.',
    extraTooLarge: `An entry of the file holds extra data this version does not know that is nested too deep (more than ${MAX_EXTRA_DEPTH} levels) or too large (more than ${MAX_EXTRA_SIZE.toLocaleString('en-GB')} characters). The file is not read. Nothing was changed.`,
  },
  errorDetail: (detail) => `Location: ${detail}`,
  errorRecord: (error) => {
    if (!error.record) return null;
    const { list, id, label } = error.record;
    const what = list
      ? `${recordNamesEn[list]}${label ? ` “${label}”` : ''}${id ? ` (ID ${id})` : ''}`
      : 'File header';
    return `Affected: ${what}${error.field ? `, field ${error.field}` : ''}`;
  },
  readFailed: 'The file could not be read. Nothing was changed.',
  skipped: {
    heading: (list, n) => {
      const [one, many] = pluralNamesEn[list];
      return n === 1 ? `1 ${one} could not be read` : `${n} ${many} could not be read`;
    },
    explain: 'They are left out; everything else is merged. What is here under the same ID stays as it is.',
    line: (skipped) => {
      const field = fieldNamesEn[skipped.field] ?? skipped.field;
      const reason = {
        missing: `${field} is missing`,
        invalid: skipped.field === '' ? 'not a readable entry' : `${field} is invalid`,
        impossibleStamp: `timestamp ${skipped.field} names a time that does not exist`,
        impossibleDate: `${field} is a date that does not exist`,
      }[skipped.problem];
      return `${skippedWhat(recordNamesEn, ['no.', '“', '”'], skipped)}: ${reason}`;
    },
    more: (n) => `… and ${n} more`,
    writtenBack: 'The shared file is then written anew from your board: they will be missing there too.',
  },
};
