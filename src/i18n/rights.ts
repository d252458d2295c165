// Image-rights strings the board needs up front (a refused move); the attachment editor's own strings
// are in attachments.ts and load with the editor.
import type { MissingRight, RightsProblem } from '../domain/imageRights';

const deMissing: Record<MissingRight, string> = {
  creator: 'Urheber',
  usage: 'Nutzungsrecht',
  usageNote: 'Lizenzhinweis der Agentur',
  peopleAnswer: 'Angabe „Personen erkennbar“',
  peopleConsent: 'Einwilligung der abgebildeten Personen',
  peopleConsentDate: 'Datum der Einwilligung',
  minorsAnswer: 'Angabe „Minderjährige abgebildet“',
  guardianConsent: 'Einwilligung der Erziehungsberechtigten',
  guardianConsentDate: 'Datum der Einwilligung der Erziehungsberechtigten',
};

const describe = (missing: Record<MissingRight, string>, problem: RightsProblem, lack: string): string =>
  `„${problem.name}“ ${lack} ${problem.missing.map((m) => missing[m]).join(', ')}`;

export const de = {
  missing: deMissing,
  problem: (p: RightsProblem) => describe(deMissing, p, 'fehlt:'),
  moveRefused: (column: string, problems: readonly RightsProblem[]) =>
    `Nicht nach „${column}“ verschoben: Bildrechte ungeklärt. ${problems
      .map((p) => describe(deMissing, p, 'fehlt:'))
      .join('. ')}.`,
  createRefused: (column: string, problems: readonly RightsProblem[]) =>
    `Nicht in „${column}“ angelegt: Bildrechte ungeklärt. ${problems
      .map((p) => describe(deMissing, p, 'fehlt:'))
      .join('. ')}. Bitte die Bildrechte ergänzen oder eine andere Spalte wählen.`,
};

export type RightsMessages = typeof de;

const enMissing: Record<MissingRight, string> = {
  creator: 'creator',
  usage: 'usage right',
  usageNote: 'agency licence note',
  peopleAnswer: 'answer to “people recognisable”',
  peopleConsent: 'consent of the people shown',
  peopleConsentDate: 'date of consent',
  minorsAnswer: 'answer to “minors shown”',
  guardianConsent: 'consent of the guardians',
  guardianConsentDate: 'date of the guardians’ consent',
};

export const en: RightsMessages = {
  missing: enMissing,
  problem: (p) => describe(enMissing, p, 'lacks'),
  moveRefused: (column, problems) =>
    `Not moved to “${column}”: image rights not cleared. ${problems
      .map((p) => describe(enMissing, p, 'lacks'))
      .join('. ')}.`,
  createRefused: (column, problems) =>
    `Not created in “${column}”: image rights not cleared. ${problems
      .map((p) => describe(enMissing, p, 'lacks'))
      .join('. ')}. Please complete the image rights or choose another column.`,
};
