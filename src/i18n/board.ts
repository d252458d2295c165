// Strings of the board view. German is the source of truth; English mirrors its shape.

/**
 * 5000 -> "5.000" / "5,000" without toLocaleString, whose first call pays for ICU's set-up during
 * the board's first render.
 */
function groupThousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
export const de = {
  newItem: 'Neuer Beitrag',
  toolbarLabel: 'Board-Werkzeuge',
  search: 'Suchen',
  searchPlaceholder: 'Titel, Themeninfo, Notizen …',
  channelFilter: 'Kanal',
  channelFilterLegend: 'Nur Beiträge mit diesen Kanälen zeigen',
  retiredChannel: '(ausgemustert)',
  memberFilter: 'Teammitglied',
  memberAll: 'Alle',
  memberNone: 'Nicht zugewiesen',
  urgentOnly: 'Nur dringende',
  showArchived: 'Archiv anzeigen',
  resetFilter: 'Filter zurücksetzen',
  toolsToggle: 'Filter und Datei',
  toolsActive: '(Filter aktiv)',
  skipToBoard: 'Zum Board springen',
  cardKeysHint: 'Eingabetaste öffnet. Pfeil rechts und links wechseln zu den Knöpfen der Karte.',
  itemCountLoading: 'Beiträge werden gezählt …',
  columnCountLoading: 'Anzahl wird ermittelt',
  itemCount: (n: number) => (n === 1 ? '1 Beitrag' : `${groupThousands(n, '.')} Beiträge`),
  columnCountSuffix: (n: number): string => (n === 1 ? ' Beitrag' : ' Beiträge'),
  archivePublished: 'Veröffentlichte archivieren',
  archivedCount: (n: number) => (n === 1 ? '1 Beitrag archiviert.' : `${n} Beiträge archiviert.`),
  nothingToArchive: 'Keine veröffentlichten Beiträge zum Archivieren.',
  emptyTitle: 'Noch keine Beiträge',
  emptyHint:
    'Legen Sie den ersten Beitrag an oder tippen Sie einen Titel in das Feld unter einer Spalte. Zum Ausprobieren können Sie auch Demodaten laden.',
  loadDemo: 'Demodaten laden',
  demoLoaded: (n: number) => `${n} Demo-Beiträge geladen.`,
  emptyColumn: 'Keine Beiträge',
  quickAddLabel: (column: string) => `Neuer Beitrag in ${column}`,
  quickAddPlaceholder: 'Titel …',
  quickAddEmpty: 'Bitte geben Sie einen Titel ein.',
  card: {
    urgent: 'Dringend',
    archived: 'Archiviert',
    channels: 'Kanäle',
    due: { overdue: 'Überfällig', today: 'Heute', soon: 'Bald' },
    publish: 'Veröffentlichung',
    assignee: 'Zuständig',
    dragHandle: (title: string) => `${title}, verschieben`,
    moveTo: 'Verschieben nach…',
    moveMenu: (title: string) => `„${title}“ verschieben nach`,
  },
  moved: (title: string, column: string) => `„${title}“ nach ${column} verschoben.`,
  dnd: {
    roleDescription: 'ziehbare Karte',
    instructions:
      'Zum Aufnehmen der Karte Leertaste oder Eingabetaste drücken. Mit Pfeil links und rechts in die Nachbarspalte, mit Pfeil hoch und runter innerhalb der Spalte bewegen. Leertaste oder Eingabetaste legt die Karte ab, Escape bricht ab.',
    position: (column: string, position: number, total: number) =>
      `Spalte ${column}, Position ${position} von ${total}.`,
    pickedUp: (title: string, where: string) => `Karte „${title}“ aufgenommen. ${where}`,
    movedOver: (title: string, where: string) => `Karte „${title}“: ${where}`,
    outside: (title: string) => `Karte „${title}“ ist über keiner Spalte.`,
    dropped: (title: string, where: string) => `Karte „${title}“ abgelegt. ${where}`,
    droppedOutside: (title: string) => `Karte „${title}“ außerhalb abgelegt, sie bleibt an ihrem Platz.`,
    cancelled: (title: string) => `Verschieben abgebrochen. Karte „${title}“ bleibt an ihrem Platz.`,
  },
};

export type BoardMessages = typeof de;

export const en: BoardMessages = {
  newItem: 'New item',
  toolbarLabel: 'Board tools',
  search: 'Search',
  searchPlaceholder: 'Title, brief, notes …',
  channelFilter: 'Channel',
  channelFilterLegend: 'Show only items with these channels',
  retiredChannel: '(retired)',
  memberFilter: 'Team member',
  memberAll: 'All',
  memberNone: 'Unassigned',
  urgentOnly: 'Urgent only',
  showArchived: 'Show archive',
  resetFilter: 'Reset filters',
  toolsToggle: 'Filters and file',
  toolsActive: '(filters on)',
  skipToBoard: 'Skip to board',
  cardKeysHint: 'Enter opens. Arrow right and left move to the card’s buttons.',
  itemCountLoading: 'Counting items …',
  columnCountLoading: 'Counting',
  itemCount: (n: number) => (n === 1 ? '1 item' : `${groupThousands(n, ',')} items`),
  columnCountSuffix: (n: number) => (n === 1 ? ' item' : ' items'),
  archivePublished: 'Archive published',
  archivedCount: (n: number) => (n === 1 ? '1 item archived.' : `${n} items archived.`),
  nothingToArchive: 'No published items to archive.',
  emptyTitle: 'No items yet',
  emptyHint:
    'Create the first item or type a title into the field below a column. To try things out you can also load demo data.',
  loadDemo: 'Load demo data',
  demoLoaded: (n: number) => `${n} demo items loaded.`,
  emptyColumn: 'No items',
  quickAddLabel: (column: string) => `New item in ${column}`,
  quickAddPlaceholder: 'Title …',
  quickAddEmpty: 'Please enter a title.',
  card: {
    urgent: 'Urgent',
    archived: 'Archived',
    channels: 'Channels',
    due: { overdue: 'Overdue', today: 'Today', soon: 'Soon' },
    publish: 'Publication',
    assignee: 'Assignee',
    dragHandle: (title: string) => `${title}, move`,
    moveTo: 'Move to…',
    moveMenu: (title: string) => `Move “${title}” to`,
  },
  moved: (title: string, column: string) => `“${title}” moved to ${column}.`,
  dnd: {
    roleDescription: 'draggable card',
    instructions:
      'To pick up the card, press Space or Enter. Use arrow left and right to move to the neighbouring column, arrow up and down within the column. Space or Enter drops the card, Escape cancels.',
    position: (column: string, position: number, total: number) =>
      `Column ${column}, position ${position} of ${total}.`,
    pickedUp: (title: string, where: string) => `Picked up card “${title}”. ${where}`,
    movedOver: (title: string, where: string) => `Card “${title}”: ${where}`,
    outside: (title: string) => `Card “${title}” is not over a column.`,
    dropped: (title: string, where: string) => `Dropped card “${title}”. ${where}`,
    droppedOutside: (title: string) => `Card “${title}” dropped outside; it stays where it was.`,
    cancelled: (title: string) => `Move cancelled. Card “${title}” stays where it was.`,
  },
};
