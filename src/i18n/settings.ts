// Strings of the settings view. German is the source of truth; English mirrors its shape.
export const de = {
  heading: 'Einstellungen',
  errors: {
    nameEmpty: 'Bitte einen Namen eingeben.',
    nameTaken: 'Diesen Namen gibt es schon.',
    targetInvalid: 'Bitte eine ganze Zahl von 0 bis 100 eingeben.',
    colorInvalid: 'Bitte eine Farbe wählen.',
  },
  saved: 'Gespeichert.',
  unsaved: 'Ungespeicherte Änderungen',
  team: {
    heading: 'Team',
    intro:
      'Ausgeschiedene Personen bleiben an ihren alten Beiträgen stehen, werden für neue aber nicht angeboten.',
    empty: 'Noch niemand im Team.',
    retired: 'ausgeschieden',
    newName: 'Name',
    add: 'Person hinzufügen',
    added: (name: string) => `${name} wurde hinzugefügt.`,
    rename: 'Umbenennen',
    renameLabel: (name: string) => `Neuer Name für ${name}`,
    retire: 'Als ausgeschieden markieren',
    reactivate: 'Reaktivieren',
  },
  channels: {
    heading: 'Kanäle',
    intro:
      'Stillgelegte Kanäle bleiben an alten Beiträgen stehen, werden für neue aber nicht angeboten. Das Wochenziel zählt Beiträge pro Woche; 0 heißt kein Ziel.',
    name: 'Name',
    color: 'Farbe',
    target: 'Wochenziel',
    for: (channel: string) => ` für ${channel}`,
    noTarget: 'kein Ziel',
    perWeek: (n: number) => (n === 1 ? '1 Beitrag pro Woche' : `${n} Beiträge pro Woche`),
    visual: 'Bildkanal',
    visualHint: 'braucht ein Bild',
    retired: 'stillgelegt',
    retire: 'Stilllegen',
    reactivate: 'Reaktivieren',
    save: 'Speichern',
    addHeading: 'Kanal hinzufügen',
    add: 'Kanal hinzufügen',
    added: (name: string) => `Kanal ${name} wurde hinzugefügt.`,
  },
  region: {
    heading: 'Region',
    label: 'Bundesland (Feiertage)',
    hint: 'Feiertage dieses Bundeslands zählen im Stand-up und im Kalender nicht als Arbeitstage.',
  },
  language: {
    heading: 'Sprache',
    hint: 'Gilt für die ganze Oberfläche. Inhalte der Beiträge werden nicht übersetzt.',
  },
  demo: {
    heading: 'Demodaten',
    intro:
      'Lädt ein Beispiel-Board mit rund 40 Beiträgen aus dem Jahr einer Stadtverwaltung und drei Teammitgliedern, mit Terminen rund um heute.',
    load: 'Demodaten laden',
    loading: 'Demodaten werden geladen …',
    notEmpty: (n: number) =>
      `Nicht möglich: Das Board enthält ${n === 1 ? '1 Beitrag' : `${n} Beiträge`}. Demodaten lassen sich nur in ein leeres Board laden.`,
    loaded: (n: number) => `${n} Beispielbeiträge wurden geladen.`,
    refused: 'Das Board war nicht mehr leer; es wurden keine Demodaten geladen.',
    toBoard: 'Zum Board',
  },
  storage: {
    heading: 'Speicher und Sicherungen',
    intro:
      'Das Board liegt nur in diesem Browser. Automatische Sicherungen helfen nach einem Fehler; gegen den Verlust des Geräts hilft nur eine exportierte Datei.',
    persisted: 'Dauerhafte Speicherung: erlaubt',
    notPersisted:
      'Dauerhafte Speicherung: nicht erlaubt – der Browser darf die Daten bei Platzmangel löschen',
    persistUnknown: 'Dauerhafte Speicherung: Dieser Browser gibt dazu keine Auskunft.',
    persistRequest: 'Dauerhafte Speicherung anfordern',
    persistRefused:
      'Der Browser hat die dauerhafte Speicherung nicht erlaubt. Bitte exportieren Sie das Board regelmäßig als Datei.',
    usage: (used: string, quota: string) => `Speicherplatz: ${used} von ${quota} belegt`,
    usageUnknown: 'Dieser Browser zeigt nicht an, wie viel Speicherplatz das Board belegt.',
    lastExport: (when: string) => `Letzter Export: ${when}`,
    neverExported: 'Noch nie exportiert',
    exportReminder: (days: number | null) =>
      days === null
        ? 'Bitte exportieren Sie das Board als Datei (noch nie exportiert).'
        : `Bitte exportieren Sie das Board als Datei (letzter Export vor ${days} Tagen).`,
    exportHow: 'Die Schaltfläche „Board exportieren“ finden Sie auf dem Board.',
    backupsHeading: 'Automatische Sicherungen',
    backupsIntro:
      'Einmal am Tag, wenn sich etwas geändert hat, sichert Redaktionsplan das Board in diesem Browser. Die letzten 14 täglichen Sicherungen bleiben erhalten.',
    noBackups: 'Noch keine Sicherung vorhanden.',
    reasons: {
      daily: 'Tägliche Sicherung',
      import: 'Vor einem Import',
      restore: 'Vor dem Wiederherstellen',
    } as Record<string, string>,
    itemCount: (n: number) => (n === 1 ? '1 Beitrag' : `${n} Beiträge`),
    restore: 'Wiederherstellen',
    confirm: (when: string) =>
      `Board auf den Stand vom ${when} zurücksetzen? Spätere Änderungen gehen verloren, der jetzige Stand wird vorher gesichert.`,
    confirmYes: 'Ja, zurücksetzen',
    restored: (when: string) => `Board auf den Stand vom ${when} zurückgesetzt.`,
  },
};

export type SettingsMessages = typeof de;

export const en: SettingsMessages = {
  heading: 'Settings',
  errors: {
    nameEmpty: 'Please enter a name.',
    nameTaken: 'This name already exists.',
    targetInvalid: 'Please enter a whole number from 0 to 100.',
    colorInvalid: 'Please choose a colour.',
  },
  saved: 'Saved.',
  unsaved: 'Unsaved changes',
  team: {
    heading: 'Team',
    intro: 'Retired people stay on their old items but are not offered for new ones.',
    empty: 'No one in the team yet.',
    retired: 'retired',
    newName: 'Name',
    add: 'Add person',
    added: (name: string) => `${name} was added.`,
    rename: 'Rename',
    renameLabel: (name: string) => `New name for ${name}`,
    retire: 'Mark as retired',
    reactivate: 'Reactivate',
  },
  channels: {
    heading: 'Channels',
    intro:
      'Retired channels stay on old items but are not offered for new ones. The weekly target counts items per week; 0 means no target.',
    name: 'Name',
    color: 'Colour',
    target: 'Weekly target',
    for: (channel: string) => ` for ${channel}`,
    noTarget: 'no target',
    perWeek: (n: number) => (n === 1 ? '1 item per week' : `${n} items per week`),
    visual: 'Visual channel',
    visualHint: 'needs an image',
    retired: 'retired',
    retire: 'Retire',
    reactivate: 'Reactivate',
    save: 'Save',
    addHeading: 'Add a channel',
    add: 'Add channel',
    added: (name: string) => `Channel ${name} was added.`,
  },
  region: {
    heading: 'Region',
    label: 'Federal state (public holidays)',
    hint: 'Public holidays of this state do not count as working days in the stand-up and the calendar.',
  },
  language: {
    heading: 'Language',
    hint: 'Applies to the whole interface. Item contents are not translated.',
  },
  demo: {
    heading: 'Demo data',
    intro:
      "Loads a sample board with about 40 items from a town administration's year and three team members, dated around today.",
    load: 'Load demo data',
    loading: 'Loading demo data …',
    notEmpty: (n: number) =>
      `Not possible: the board holds ${n === 1 ? '1 item' : `${n} items`}. Demo data can only be loaded into an empty board.`,
    loaded: (n: number) => `${n} sample items were loaded.`,
    refused: 'The board was no longer empty; no demo data was loaded.',
    toBoard: 'Go to the board',
  },
  storage: {
    heading: 'Storage and backups',
    intro:
      'The board lives only in this browser. Automatic backups help after a mistake; only an exported file protects against losing the device.',
    persisted: 'Persistent storage: granted',
    notPersisted: 'Persistent storage: not granted – the browser may delete the data when space runs low',
    persistUnknown: 'Persistent storage: this browser does not tell.',
    persistRequest: 'Request persistent storage',
    persistRefused:
      'The browser did not grant persistent storage. Please export the board as a file regularly.',
    usage: (used: string, quota: string) => `Storage: ${used} of ${quota} used`,
    usageUnknown: 'This browser does not show how much space the board uses.',
    lastExport: (when: string) => `Last export: ${when}`,
    neverExported: 'Never exported',
    exportReminder: (days: number | null) =>
      days === null
        ? 'Please export the board as a file (never exported).'
        : `Please export the board as a file (last export ${days} days ago).`,
    exportHow: 'The “Export board” button is on the board.',
    backupsHeading: 'Automatic backups',
    backupsIntro:
      'Once a day, when something changed, Redaktionsplan backs up the board in this browser. The last 14 daily backups are kept.',
    noBackups: 'No backup yet.',
    reasons: {
      daily: 'Daily backup',
      import: 'Before an import',
      restore: 'Before a restore',
    } as Record<string, string>,
    itemCount: (n: number) => (n === 1 ? '1 item' : `${n} items`),
    restore: 'Restore',
    confirm: (when: string) =>
      `Reset the board to its state of ${when}? Later changes are lost; the current state is backed up first.`,
    confirmYes: 'Yes, reset',
    restored: (when: string) => `Board reset to its state of ${when}.`,
  },
};
