// Strings of the stand-up view. German is the source of truth; English mirrors its shape.
// Decision texts stored in a record are always German (domain: StandupDecision.detail); see decisionDetail.

const minutes = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

export const de = {
  heading: 'Stand-up',
  intro:
    'Die tägliche Viertelstunde: Was ist vorgeplant? Wo fehlt etwas? Was müssen wir schieben? Was ist neu?',
  start: 'Stand-up starten',
  end: 'Stand-up beenden',
  print: 'Drucken',
  pause: 'Pause',
  continue: 'Weiter',
  paused: 'pausiert',
  timerLabel: 'Verbleibende Zeit',
  overtime: (text: string) => `${text} überzogen`,
  lastFive: 'Noch 5 Minuten.',
  timeUp: 'Die 15 Minuten sind um – die Zeit wird als Überziehung weitergezählt.',
  runningSince: (time: string) => `Läuft seit ${time} Uhr. Bleibt beim Neuladen erhalten.`,
  notes: 'Notizen',
  notesHint: 'Wird laufend gespeichert und mit dem Stand-up abgelegt.',
  ended: (duration: string) => `Stand-up gespeichert (Dauer ${duration} Min.).`,
  abandoned: (day: string, time: string) =>
    `Das Stand-up vom ${day} lief noch. Es wurde zum Zeitpunkt der letzten Aktivität (${time} Uhr) beendet und gespeichert.`,
  agendaLabel: 'Agenda',
  sections: {
    heute: 'Heute',
    fehlt: 'Fehlt noch',
    schieben: 'Schieben',
    neu: 'Neu',
  },
  empty: {
    heute: 'Heute wird nichts veröffentlicht.',
    fehlt: 'Nichts fehlt.',
    schieben: 'Nichts ist überfällig.',
    neu: 'Keine neuen Themeninfos.',
  },
  assumptions: {
    heute: 'Alles mit Veröffentlichung heute; dringende zuerst, dann nach Uhrzeit.',
    fehlt: (until: string, land: string) =>
      `Beiträge mit Veröffentlichung von heute bis ${until} (heute und die nächsten 3 Arbeitstage; Wochenenden und Feiertage in ${land} zählen nicht), die noch nicht veröffentlicht sind.`,
    schieben:
      'Veröffentlichung vor heute, oder heute mit bereits verstrichener Uhrzeit, und noch nicht veröffentlicht. Dringende zuerst, dann die zuletzt fälligen.',
    neuSince: (day: string, time: string) => `Eingegangen seit dem letzten Stand-up (${day}, ${time} Uhr).`,
    neuAssumed: (day: string) =>
      `Es gibt noch kein früheres Stand-up. Angenommen: eingegangen seit dem letzten Arbeitstag (${day}).`,
  },
  approved: 'freigegeben',
  published: 'veröffentlicht',
  notApproved: 'nicht freigegeben',
  pastTime: 'Uhrzeit verstrichen – überfällig',
  urgent: 'Dringend',
  noTime: 'ohne Uhrzeit',
  daysLate: (n: number) =>
    n === 0 ? 'heute, Uhrzeit verstrichen' : n === 1 ? 'seit 1 Tag' : `seit ${n} Tagen`,
  arrived: (when: string) => `eingegangen ${when}`,
  alsoNew: (when: string) => `neu eingegangen ${when}`,
  assignedTo: (name: string) => `Zuständig: ${name}`,
  keys: {
    notRunning: 'Die Aktionstasten wirken erst, wenn das Stand-up läuft („Stand-up starten“).',
    notOverdue: (title: string, key: string) =>
      `${key} wirkt hier nicht: „${title}“ ist nicht überfällig. Morgen, Nächste Woche, Datum wählen und Veröffentlicht gibt es für überfällige Einträge; das Datum dieses Beitrags lässt sich mit Enter im Beitrag ändern.`,
    notApprovable: (title: string) => `F wirkt hier nicht: bei „${title}“ fehlt keine Freigabe.`,
  },
  missing: {
    approval: (column: string) => `Freigabe fehlt (steht in „${column}“)`,
    channel: 'Kein Kanal',
    retiredChannel: (names: string) => `Kanal stillgelegt: ${names}`,
    assignee: 'Niemand zuständig',
    brief: 'Kein Text in der Themeninfo',
    image: (names: string) => `Bild fehlt (${names})`,
    imageRights: (names: string) => `Bildrechte nicht geklärt (${names})`,
  },
  more: {
    heute: (n: number) =>
      n === 1 ? 'Einen weiteren Beitrag von heute anzeigen' : `Weitere ${n} Beiträge von heute anzeigen`,
    fehlt: (n: number) =>
      n === 1 ? 'Einen weiteren Beitrag mit Lücken anzeigen' : `Weitere ${n} Beiträge mit Lücken anzeigen`,
    schieben: (n: number) =>
      n === 1 ? 'Einen weiteren überfälligen Beitrag anzeigen' : `Weitere ${n} überfällige Beiträge anzeigen`,
    neu: (n: number) =>
      n === 1 ? 'Eine weitere neue Themeninfo anzeigen' : `Weitere ${n} neue Themeninfos anzeigen`,
  },
  notPrinted: (n: number) =>
    n === 1
      ? '… und 1 weiterer Eintrag, hier nicht aufgeführt.'
      : `… und ${n} weitere Einträge, hier nicht aufgeführt.`,
  cadence: (name: string, planned: number, target: number) => `${name}: ${planned} von ${target}`,
  cadenceHint: 'Kanäle unter ihrem Wochenziel (diese Woche, Montag bis Sonntag).',
  actions: {
    tomorrow: 'Morgen',
    nextWeek: 'Nächste Woche',
    pickDate: 'Datum wählen',
    published: 'Als veröffentlicht markieren',
    approve: 'Freigeben',
    assign: 'Zuständig',
    newAssignee: (title: string) => `Zuständig für ${title}`,
    nobody: 'Niemand',
    newDate: (title: string) => `Neues Datum für ${title}`,
    apply: 'Übernehmen',
    cancel: 'Abbrechen',
    forItem: (title: string) => `Aktionen für ${title}`,
  },
  done: {
    rescheduled: (title: string, day: string) => `„${title}“ auf ${day} verschoben.`,
    published: (title: string) => `„${title}“ als veröffentlicht markiert.`,
    approved: (title: string) => `„${title}“ freigegeben.`,
    reassigned: (title: string, name: string) => `„${title}“: zuständig ist jetzt ${name}.`,
  },
  failed: (message: string) => `Aktion nicht ausgeführt: ${message}`,
  invalid: 'Die Eingabe ist ungültig (z. B. ein unmögliches Datum).',
  shortcuts: {
    toggle: 'Tastenkürzel',
    heading: 'Tastenkürzel (in der Agenda)',
    list: [
      ['J / ↓', 'nächster Eintrag'],
      ['K / ↑', 'vorheriger Eintrag'],
      ['Enter', 'Beitrag öffnen'],
      ['M', 'Überfällig: auf morgen (Uhrzeit bleibt)'],
      ['W', 'Überfällig: nächste Woche (heute + 7 Tage)'],
      ['D', 'Überfällig: Datum wählen'],
      ['V', 'Überfällig: als veröffentlicht markieren'],
      ['F', 'Freigabe fehlt: freigeben'],
      ['Z', 'Zuständig ändern (jeder Eintrag)'],
      ['?', 'diese Liste ein- und ausblenden'],
    ] as [string, string][],
    onlyRunning: 'Die Aktionstasten wirken, während das Stand-up läuft.',
  },
  past: {
    heading: 'Frühere Stand-ups',
    empty: 'Noch keine gespeicherten Stand-ups.',
    summary: (day: string, time: string, duration: string) => `${day}, ${time} Uhr – ${duration} Min.`,
    auto: 'automatisch beendet (lief weiter, beendet zur letzten Aktivität)',
    notes: 'Notizen',
    noNotes: 'Keine Notizen.',
    decisions: 'Entscheidungen',
    noDecisions: 'Keine Entscheidungen.',
  },
  duration: minutes,
  /** Stored in the record, always German (see StandupDecision.detail). */
  decisionDetail: {
    rescheduled: (from: string | null, to: string) =>
      from ? `von ${from} auf ${to} verschoben` : `auf ${to} gelegt`,
    published: 'als veröffentlicht markiert',
    approved: 'freigegeben',
    reassigned: (name: string | null) => `Zuständig: ${name ?? 'niemand'}`,
  },
};

export type StandupMessages = typeof de;

export const en: StandupMessages = {
  heading: 'Stand-up',
  intro: 'The daily quarter hour: What is planned? What is missing? What must move? What is new?',
  start: 'Start stand-up',
  end: 'End stand-up',
  print: 'Print',
  pause: 'Pause',
  continue: 'Continue',
  paused: 'paused',
  timerLabel: 'Time left',
  overtime: (text: string) => `${text} over time`,
  lastFive: '5 minutes left.',
  timeUp: 'The 15 minutes are up – overtime is being counted.',
  runningSince: (time: string) => `Running since ${time}. Survives a reload.`,
  notes: 'Notes',
  notesHint: 'Saved as you type and kept with the stand-up.',
  ended: (duration: string) => `Stand-up saved (duration ${duration} min).`,
  abandoned: (day: string, time: string) =>
    `The stand-up of ${day} was still running. It was ended as of its last activity (${time}) and saved.`,
  agendaLabel: 'Agenda',
  sections: { heute: 'Today', fehlt: 'Still missing', schieben: 'To move', neu: 'New' },
  empty: {
    heute: 'Nothing publishes today.',
    fehlt: 'Nothing is missing.',
    schieben: 'Nothing is overdue.',
    neu: 'No new briefs.',
  },
  assumptions: {
    heute: 'Everything publishing today; urgent first, then by time.',
    fehlt: (until: string, land: string) =>
      `Items publishing from today to ${until} (today and the next 3 working days; weekends and public holidays in ${land} do not count) that are not yet published.`,
    schieben:
      'Publish date before today, or today with its time already passed, and not yet published. Urgent first, then the most recently due.',
    neuSince: (day: string, time: string) => `Received since the last stand-up (${day}, ${time}).`,
    neuAssumed: (day: string) =>
      `There is no earlier stand-up yet. Assumed: received since the previous working day (${day}).`,
  },
  approved: 'approved',
  published: 'published',
  notApproved: 'not approved',
  pastTime: 'time passed – overdue',
  urgent: 'Urgent',
  noTime: 'no time',
  daysLate: (n: number) => (n === 0 ? 'today, time passed' : n === 1 ? 'for 1 day' : `for ${n} days`),
  arrived: (when: string) => `received ${when}`,
  alsoNew: (when: string) => `newly received ${when}`,
  assignedTo: (name: string) => `Assignee: ${name}`,
  keys: {
    notRunning: 'The action keys work once the stand-up is running (“Start stand-up”).',
    notOverdue: (title: string, key: string) =>
      `${key} does nothing here: “${title}” is not overdue. Tomorrow, Next week, Pick date and Published are for overdue entries; change this item's date in the item (Enter).`,
    notApprovable: (title: string) => `F does nothing here: “${title}” is not missing an approval.`,
  },
  missing: {
    approval: (column: string) => `Not approved (in “${column}”)`,
    channel: 'No channel',
    retiredChannel: (names: string) => `Channel retired: ${names}`,
    assignee: 'Nobody assigned',
    brief: 'No brief text',
    image: (names: string) => `Image missing (${names})`,
    imageRights: (names: string) => `Image rights not cleared (${names})`,
  },
  more: {
    heute: (n: number) => (n === 1 ? 'Show 1 more item of today' : `Show ${n} more items of today`),
    fehlt: (n: number) => (n === 1 ? 'Show 1 more item with gaps' : `Show ${n} more items with gaps`),
    schieben: (n: number) => (n === 1 ? 'Show 1 more overdue item' : `Show ${n} more overdue items`),
    neu: (n: number) => (n === 1 ? 'Show 1 more new brief' : `Show ${n} more new briefs`),
  },
  notPrinted: (n: number) =>
    n === 1 ? '… and 1 more entry, not listed here.' : `… and ${n} more entries, not listed here.`,
  cadence: (name: string, planned: number, target: number) => `${name}: ${planned} of ${target}`,
  cadenceHint: 'Channels below their weekly target (this week, Monday to Sunday).',
  actions: {
    tomorrow: 'Tomorrow',
    nextWeek: 'Next week',
    pickDate: 'Pick date',
    published: 'Mark as published',
    approve: 'Approve',
    assign: 'Assignee',
    newAssignee: (title: string) => `Assignee for ${title}`,
    nobody: 'Nobody',
    newDate: (title: string) => `New date for ${title}`,
    apply: 'Apply',
    cancel: 'Cancel',
    forItem: (title: string) => `Actions for ${title}`,
  },
  done: {
    rescheduled: (title: string, day: string) => `“${title}” moved to ${day}.`,
    published: (title: string) => `“${title}” marked as published.`,
    approved: (title: string) => `“${title}” approved.`,
    reassigned: (title: string, name: string) => `“${title}”: now assigned to ${name}.`,
  },
  failed: (message: string) => `Action not done: ${message}`,
  invalid: 'The input is not valid (e.g. an impossible date).',
  shortcuts: {
    toggle: 'Keyboard shortcuts',
    heading: 'Keyboard shortcuts (in the agenda)',
    list: [
      ['J / ↓', 'next entry'],
      ['K / ↑', 'previous entry'],
      ['Enter', 'open item'],
      ['M', 'Overdue: tomorrow (time kept)'],
      ['W', 'Overdue: next week (today + 7 days)'],
      ['D', 'Overdue: pick a date'],
      ['V', 'Overdue: mark as published'],
      ['F', 'Approval missing: approve'],
      ['Z', 'change assignee (any entry)'],
      ['?', 'show or hide this list'],
    ],
    onlyRunning: 'Action keys work while the stand-up is running.',
  },
  past: {
    heading: 'Earlier stand-ups',
    empty: 'No saved stand-ups yet.',
    summary: (day: string, time: string, duration: string) => `${day}, ${time} – ${duration} min`,
    auto: 'ended automatically (was left running, ended at its last activity)',
    notes: 'Notes',
    noNotes: 'No notes.',
    decisions: 'Decisions',
    noDecisions: 'No decisions.',
  },
  duration: minutes,
  decisionDetail: de.decisionDetail,
};
