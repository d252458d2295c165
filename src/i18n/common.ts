// Strings shared by every view. German is the source of truth; English mirrors its shape.
export const de = {
  appName: 'Redaktionsplan',
  nav: {
    label: 'Hauptnavigation',
    board: 'Board',
    standup: 'Stand-up',
    calendar: 'Kalender',
    settings: 'Einstellungen',
  },
  columns: {
    idee: 'Idee',
    themeninfo: 'Themeninfo eingegangen',
    entwurf: 'Entwurf',
    freigegeben: 'Freigegeben',
    veroeffentlicht: 'Veröffentlicht',
  },
  actions: {
    save: 'Speichern',
    cancel: 'Abbrechen',
    close: 'Schließen',
    delete: 'Löschen',
    undo: 'Rückgängig',
    add: 'Hinzufügen',
  },
  loading: 'Lädt …',
  storageError: {
    quota:
      'Der Speicher des Browsers ist voll. Nichts wurde verloren: Ihre Eingaben stehen noch im Formular. Bitte exportieren Sie das Board und geben Sie Speicherplatz frei.',
    closed:
      'Die Datenbank wurde geschlossen, vermutlich weil ein anderer Tab eine neuere Version geöffnet hat. Ihre Eingaben stehen noch im Formular. Bitte laden Sie die Seite neu.',
    blocked:
      'Die Datenbank ist durch einen anderen Tab blockiert. Bitte schließen Sie andere Tabs mit Redaktionsplan und laden Sie die Seite neu.',
    unavailable:
      'Der Browser erlaubt hier keine lokale Speicherung (z. B. im privaten Modus). Ohne Speicher kann Redaktionsplan nichts sichern.',
    unknown:
      'Speichern ist fehlgeschlagen. Ihre Eingaben stehen noch im Formular. Bitte versuchen Sie es erneut.',
  },
  storageProblem: {
    newerVersion: 'Eine neuere Version wurde in einem anderen Tab geöffnet. Bitte laden Sie die Seite neu.',
    reload: 'Seite neu laden',
  },
  language: { label: 'Sprache', de: 'Deutsch', en: 'English' },
  update: {
    available:
      'Eine neue Version von Redaktionsplan ist bereit. Speichern Sie offene Änderungen, dann aktualisieren.',
    reload: 'Jetzt aktualisieren',
    later: 'Später',
  },
};

export type CommonMessages = typeof de;

export const en: CommonMessages = {
  appName: 'Redaktionsplan',
  nav: {
    label: 'Main navigation',
    board: 'Board',
    standup: 'Stand-up',
    calendar: 'Calendar',
    settings: 'Settings',
  },
  columns: {
    idee: 'Idea',
    themeninfo: 'Brief received',
    entwurf: 'Drafted',
    freigegeben: 'Approved',
    veroeffentlicht: 'Published',
  },
  actions: { save: 'Save', cancel: 'Cancel', close: 'Close', delete: 'Delete', undo: 'Undo', add: 'Add' },
  loading: 'Loading …',
  storageError: {
    quota:
      'The browser storage is full. Nothing was lost: your input is still in the form. Please export the board and free some space.',
    closed:
      'The database was closed, probably because another tab opened a newer version. Your input is still in the form. Please reload the page.',
    blocked: 'The database is blocked by another tab. Please close other Redaktionsplan tabs and reload.',
    unavailable:
      'This browser does not allow local storage here (e.g. private mode). Redaktionsplan cannot save anything.',
    unknown: 'Saving failed. Your input is still in the form. Please try again.',
  },
  storageProblem: {
    newerVersion: 'A newer version was opened in another tab. Please reload the page.',
    reload: 'Reload page',
  },
  language: { label: 'Language', de: 'Deutsch', en: 'English' },
  update: {
    available: 'A new version of Redaktionsplan is ready. Save open changes, then update.',
    reload: 'Update now',
    later: 'Later',
  },
};
