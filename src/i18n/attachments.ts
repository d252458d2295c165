// Strings of the attachments feature (editor section, gallery, image viewer, attach summary, space in
// Einstellungen). Kept out of the dictionaries index.ts composes: that module is part of the board's
// first download, this one loads with the editor (useAttachmentsT picks the language).
import type { UsageRight } from '../domain/types';
import type { Refused } from '../storage/attachments/refusals';

const mb = (bytes: number, locale: string) =>
  `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
const count = (n: number, locale: string) => n.toLocaleString(locale);

export const de = {
  heading: 'Anhänge',
  derivedHint: 'folgt den Bildrechten der Anhänge',
  attachedTo: (title: string) => `Anhänge an „${title}“:`,
  intro:
    'Fotos (JPEG, PNG, WebP, GIF, HEIC vom iPhone) und PDF bis 25 MB, Videos (MP4, WebM) bis 100 MB, Bilder bis 50 Megapixel. Dateien hierher ziehen, ein Bild einfügen (Strg+V) oder:',
  attach: 'Datei anhängen',
  dropHere: 'Dateien zum Anhängen hier ablegen',
  working: (done: number, total: number) => `Hänge Dateien an … ${done} von ${total}`,
  empty: 'Noch keine Anhänge.',
  openShort: 'Groß anzeigen',
  downloadShort: 'Herunterladen',
  removeShort: 'Entfernen',
  open: (name: string) => `„${name}“ groß anzeigen`,
  download: (name: string) => `„${name}“ herunterladen`,
  remove: (name: string) => `„${name}“ entfernen`,
  removed: (name: string) => `Anhang „${name}“ entfernt`,
  close: 'Schließen',
  fileOnly: 'Wird nicht angezeigt, nur zum Herunterladen',
  kinds: { svg: 'SVG-Grafik', video: 'Video', pdf: 'PDF', file: 'Datei', image: 'Bild' },
  size: (bytes: number) => mb(bytes, 'de-DE'),
  rightsLegend: (name: string) => `Bildrechte: ${name}`,
  creator: 'Urheber',
  creatorHint: 'Wer hat fotografiert, oder woher stammt das Bild (Quelle)?',
  usage: 'Nutzungsrecht',
  usageChoose: 'Bitte wählen',
  usageOptions: {
    own: 'Eigenes Foto',
    cityStaff: 'Beschäftigte der Stadt',
    agency: 'Agentur/Lizenz',
    citizen: 'Bürgerin/Bürger mit Erlaubnis',
  } satisfies Record<UsageRight, string>,
  usageNote: 'Lizenzhinweis',
  people: 'Personen erkennbar',
  minors: 'Minderjährige abgebildet',
  answer: { unset: 'Bitte wählen', yes: 'Ja', no: 'Nein' },
  peopleConsent: 'Einwilligung liegt vor',
  peopleConsentDate: 'Datum der Einwilligung',
  guardianConsent: 'Einwilligung der Erziehungsberechtigten',
  guardianConsentDate: 'Datum der Einwilligung der Erziehungsberechtigten',
  cleared: 'Bildrechte geklärt.',
  missing: (list: string) => `Es fehlt: ${list}.`,
  credit: 'Bildnachweis',
  copy: 'Bildnachweis kopieren',
  copied: 'Bildnachweis kopiert.',
  summary: {
    added: (n: number) => (n === 1 ? '1 Datei angehängt.' : `${count(n, 'de-DE')} Dateien angehängt.`),
    converted: (from: string, to: string) =>
      `„${from}“: iPhone-Foto (HEIC) wurde in JPEG umgewandelt und als „${to}“ angehängt. Das JPEG ersetzt das Original.`,
    already: (n: number) =>
      n === 1 ? '1 Datei war schon angehängt.' : `${count(n, 'de-DE')} Dateien waren schon angehängt.`,
    refused: (n: number) =>
      n === 1 ? '1 Datei nicht angehängt:' : `${count(n, 'de-DE')} Dateien nicht angehängt:`,
    more: (n: number) => `… und ${count(n, 'de-DE')} weitere.`,
    nearQuota:
      'Der Speicher des Browsers ist fast voll. Bitte exportieren Sie das Board und entfernen Sie nicht mehr benötigte Anhänge.',
  },
  refusal: (r: Refused): string => {
    switch (r.reason) {
      case 'empty':
        return 'Die Datei ist leer (0 Byte).';
      case 'heic':
        return 'HEIC-Fotos (iPhone) kann der Browser nicht anzeigen. Bitte als JPEG speichern und erneut anhängen.';
      case 'heicFailed':
        return 'Das iPhone-Foto (HEIC) konnte nicht umgewandelt werden. Bitte auf dem iPhone als JPEG exportieren (oder unter Einstellungen → Kamera → Formate „Maximale Kompatibilität“ wählen) und erneut anhängen.';
      case 'unknownType':
        return 'Dieser Dateityp wird nicht unterstützt. Bitte als JPEG speichern (oder als PNG, PDF, MP4) und erneut anhängen.';
      case 'tooLarge':
        return `Die Datei ist zu groß (${mb(r.size, 'de-DE')}). Erlaubt sind 25 MB für Bilder und PDF, 100 MB für Videos.`;
      case 'tooManyPixels':
        return `Das Bild ist zu groß (${count(r.width ?? 0, 'de-DE')} × ${count(r.height ?? 0, 'de-DE')} Pixel, höchstens 50 Megapixel). Bitte verkleinert als JPEG speichern.`;
      case 'damaged':
        return 'Die Datei ist beschädigt oder unvollständig und lässt sich nicht öffnen.';
      case 'unreadable':
        return 'Die Datei konnte nicht gelesen werden.';
      case 'workerFailed':
        return 'Die Datei konnte nicht verarbeitet werden (interner Fehler) und wurde nicht angehängt. Bitte erneut versuchen.';
      case 'quota':
        return 'Der Speicher des Browsers ist fast voll; die Datei wurde nicht gespeichert.';
      default:
        return 'Speichern ist fehlgeschlagen. Bitte erneut versuchen.';
    }
  },
  space: {
    heading: 'Anhänge',
    used: (files: number, bytes: number) =>
      `${count(files, 'de-DE')} ${files === 1 ? 'Datei belegt' : 'Dateien belegen'} ${mb(bytes, 'de-DE')} (mit Vorschaubildern).`,
    nearQuota: (share: number) =>
      `Achtung: Der Speicher des Browsers ist zu ${Math.round(share * 100)} % belegt. Bitte exportieren Sie das Board und entfernen Sie nicht mehr benötigte Anhänge, bevor Speichern fehlschlägt.`,
  },
};

export type AttachmentMessages = typeof de;

export const en: AttachmentMessages = {
  heading: 'Attachments',
  derivedHint: 'follows the image rights of the attachments',
  attachedTo: (title) => `Attachments on “${title}”:`,
  intro:
    'Photos (JPEG, PNG, WebP, GIF, HEIC from iPhones) and PDF up to 25 MB, videos (MP4, WebM) up to 100 MB, images up to 50 megapixels. Drop files here, paste an image (Ctrl+V) or:',
  attach: 'Attach file',
  dropHere: 'Drop files here to attach them',
  working: (done, total) => `Attaching files … ${done} of ${total}`,
  empty: 'No attachments yet.',
  openShort: 'Show large',
  downloadShort: 'Download',
  removeShort: 'Remove',
  open: (name) => `Show large: “${name}”`,
  download: (name) => `Download “${name}”`,
  remove: (name) => `Remove “${name}”`,
  removed: (name) => `Attachment “${name}” removed`,
  close: 'Close',
  fileOnly: 'Not shown, download only',
  kinds: { svg: 'SVG graphic', video: 'Video', pdf: 'PDF', file: 'File', image: 'Image' },
  size: (bytes) => mb(bytes, 'en-GB'),
  rightsLegend: (name) => `Image rights: ${name}`,
  creator: 'Creator',
  creatorHint: 'Who took the picture, or where is it from (source)?',
  usage: 'Usage right',
  usageChoose: 'Please choose',
  usageOptions: {
    own: 'Own photo',
    cityStaff: 'Town employee',
    agency: 'Agency/licence',
    citizen: 'Citizen with permission',
  },
  usageNote: 'Licence note',
  people: 'People recognisable',
  minors: 'Minors shown',
  answer: { unset: 'Please choose', yes: 'Yes', no: 'No' },
  peopleConsent: 'Consent given',
  peopleConsentDate: 'Date of consent',
  guardianConsent: 'Consent of the guardians',
  guardianConsentDate: 'Date of the guardians’ consent',
  cleared: 'Image rights cleared.',
  missing: (list) => `Missing: ${list}.`,
  credit: 'Credit line',
  copy: 'Copy credit line',
  copied: 'Credit line copied.',
  summary: {
    added: (n) => (n === 1 ? '1 file attached.' : `${count(n, 'en-GB')} files attached.`),
    converted: (from, to) =>
      `“${from}”: iPhone photo (HEIC) converted to JPEG and attached as “${to}”. The JPEG replaces the original.`,
    already: (n) =>
      n === 1 ? '1 file was already attached.' : `${count(n, 'en-GB')} files were already attached.`,
    refused: (n) => (n === 1 ? '1 file not attached:' : `${count(n, 'en-GB')} files not attached:`),
    more: (n) => `… and ${count(n, 'en-GB')} more.`,
    nearQuota:
      'The browser storage is almost full. Please export the board and remove attachments you no longer need.',
  },
  refusal: (r) => {
    switch (r.reason) {
      case 'empty':
        return 'The file is empty (0 bytes).';
      case 'heic':
        return 'The browser cannot show HEIC photos (iPhone). Please save as JPEG and attach again.';
      case 'heicFailed':
        return 'The iPhone photo (HEIC) could not be converted. Please export it as JPEG on the iPhone (or choose Settings → Camera → Formats “Most Compatible”) and attach it again.';
      case 'unknownType':
        return 'This file type is not supported. Please save as JPEG (or PNG, PDF, MP4) and attach again.';
      case 'tooLarge':
        return `The file is too large (${mb(r.size, 'en-GB')}). Allowed: 25 MB for images and PDF, 100 MB for videos.`;
      case 'tooManyPixels':
        return `The image is too large (${count(r.width ?? 0, 'en-GB')} × ${count(r.height ?? 0, 'en-GB')} pixels, at most 50 megapixels). Please save a smaller JPEG.`;
      case 'damaged':
        return 'The file is damaged or incomplete and cannot be opened.';
      case 'unreadable':
        return 'The file could not be read.';
      case 'workerFailed':
        return 'The file could not be processed (internal error) and was not attached. Please try again.';
      case 'quota':
        return 'The browser storage is almost full; the file was not stored.';
      default:
        return 'Saving failed. Please try again.';
    }
  },
  space: {
    heading: 'Attachments',
    used: (files, bytes) =>
      `${count(files, 'en-GB')} ${files === 1 ? 'file takes' : 'files take'} ${mb(bytes, 'en-GB')} (with thumbnails).`,
    nearQuota: (share) =>
      `Warning: the browser storage is ${Math.round(share * 100)} % full. Please export the board and remove attachments you no longer need before saving fails.`,
  },
};
