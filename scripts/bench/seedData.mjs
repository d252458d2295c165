// Deterministic, realistic board data for the benchmark, in the exact shape of `Item` (src/domain/types.ts).
// Generated in Node (ranks with fractional-indexing, like the app) and written into the browser's
// IndexedDB by seed.mjs. A fixed PRNG seed makes every bench run measure the same board.
//
// Choices (printed in the report):
// - columns: 50 % Veröffentlicht (a five-year archive), 15 % Idee, 15 % Themeninfo eingegangen,
//   12 % Entwurf, 8 % Freigegeben; nothing is archived, so every card is on the board (worst case);
// - ~2 % urgent; 1–3 channels per item (Instagram most often); 3 team members, ~20 % unassigned;
// - created over the last 5 years; published items have past dates, open ones mostly the coming weeks,
//   some overdue, ideas often without date; briefs from empty to ~2,000 characters, a few very long titles;
// - the filter word FILTER_NEEDLE appears only at the start of ~2 % of titles (never in any other text),
//   so "every visible card matches" can be checked from the card titles alone.
import { generateNKeysBetween } from 'fractional-indexing';

export const COLUMN_SHARE = [
  ['idee', 0.15],
  ['themeninfo', 0.15],
  ['entwurf', 0.12],
  ['freigegeben', 0.08],
  ['veroeffentlicht', 0.5],
];

export const COLUMN_TITLES = {
  idee: 'Idee',
  themeninfo: 'Themeninfo eingegangen',
  entwurf: 'Entwurf',
  freigegeben: 'Freigegeben',
  veroeffentlicht: 'Veröffentlicht',
};

export const FILTER_NEEDLE = 'Wasserampel';

const CHANNEL_KEYS = [
  ['instagram', 30],
  ['facebook', 12],
  ['linkedin', 6],
  ['tiktok', 3],
  ['newsletter', 8],
  ['pressemitteilung', 22],
  ['website', 14],
  ['podcast', 2],
  ['stadtnachrichten', 6],
  ['jugend', 3],
];

const MEMBERS = [
  { id: 'bench-member-krueger', name: 'Sabine Krüger' },
  { id: 'bench-member-albers', name: 'Jonas Albers' },
  { id: 'bench-member-yilmaz', name: 'Lea Yilmaz' },
];

const CHECKLIST_LABELS = ['Text', 'Bild', 'Bildrechte geklärt', 'Freigabe Fachbereich'];
const CHECKLIST_RANKS = generateNKeysBetween(null, null, CHECKLIST_LABELS.length);

const DEPARTMENTS = [
  'Fachbereich Bauen und Umwelt',
  'Stadtwerke',
  'Ordnungsamt',
  'Fachbereich Jugend, Schule, Sport',
  'Kämmerei',
  'Bürgerbüro',
  'Feuerwehr',
  'Kultur und Tourismus',
  'Wirtschaftsförderung',
  'Bürgermeisterbüro',
  'Tiefbau / Radverkehr',
  'Standesamt',
];

const CONTACTS = [
  'Frau Becker, Tel. 321',
  'Herr Schmidt (Durchwahl 114)',
  'Dr. Anja Hoffmann',
  'Herr Özdemir',
  'Frau Wagner, wagner@stadt.example',
  'Herr Lange',
  'Frau Nowak',
  'Herr Brandt, mobil 0171 555 0101',
  '',
];

const TOPICS = [
  'Trinkwasser: Leitungsspülung im Ortsteil {ort}',
  'Rücksichtnahme in Feld, Wald und Flur – Teil {n}',
  'Wochenvideo des Bürgermeisters KW {kw}',
  'Podcast „Rathausfunk“ Folge {n}: {thema}',
  'Grundsteuerbescheide {jahr} verschickt – was Sie wissen müssen',
  'Neue Kita {ort} eröffnet',
  'Radweg {strasse}: Bauarbeiten ab {datum}',
  'Gasleck {strasse}: Fenster geschlossen halten',
  'Sperrung Busbahnhof nach Sprengung eines Geldautomaten',
  'Stadtfest {jahr}: Programm und Straßensperrungen',
  'Ferienprogramm {jahr} – Anmeldung startet',
  'Ratssitzung am {datum}: Tagesordnung',
  'Blutspende im Bürgerhaus',
  'Baumfällungen entlang der {strasse}',
  'Ehrenamtspreis {jahr} – jetzt vorschlagen',
  'Stadtnachrichten {monat}: Themenplanung',
  'Newsletter KW {kw}',
  'Hitzeschutz: kühle Orte in der Stadt',
  'Sirenenprobealarm am {datum}',
  'Sanierung Hallenbad – Zwischenstand',
  'Neue Öffnungszeiten Bürgerbüro ab {datum}',
  'Weihnachtsmarkt {jahr}: Aufbau und Parken',
  'Kommunalwahl: Wahlhelfende gesucht',
  'Jugendbeteiligung: Skatepark {ort}',
];

const ORTE = ['Nord', 'Süd', 'Altstadt', 'Am Mühlbach', 'Oberdorf', 'Lindenhof', 'Westend', 'Hagen'];
const STRASSEN = ['Bahnhofstraße', 'Lindenallee', 'Mühlenweg', 'Schillerstraße', 'Am Markt', 'Gartenstraße'];
const THEMEN = ['Ehrenamt', 'Klimaschutz', 'Verkehrswende', 'Stadtgeschichte', 'Haushalt', 'Jugend'];
const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

const BRIEF_SENTENCES = [
  'Der Fachbereich bittet um eine Veröffentlichung möglichst zeitnah, idealerweise mit Foto vom Ort.',
  'Hintergrund: Die Maßnahme ist Teil des Haushaltsbeschlusses und wurde im Ausschuss einstimmig beschlossen.',
  'Ansprechperson vor Ort ist erreichbar, Rückfragen bitte bis Donnerstag.',
  'Bitte auf die Barrierefreiheit der Grafiken achten (Alternativtexte, Kontraste).',
  'Fotos kommen per Messenger von der Kollegin aus dem Bauhof; Bildrechte sind noch zu klären.',
  'Auf dem Foto sind Kinder zu sehen – Einwilligung der Erziehungsberechtigten liegt laut Kita vor.',
  'Für Instagram als Reel denkbar, für die Website als ausführliche Meldung mit Karte.',
  'Die Pressemitteilung soll auch im Newsletter und in den Stadtnachrichten erscheinen.',
  'Termin für einen Pressetermin wird noch abgestimmt, voraussichtlich vormittags.',
  'Es gibt Zahlen aus dem Vorjahr zum Vergleich, die liefert die Kämmerei nach.',
  'Wichtig: keine Namen von Anwohnenden nennen (Datenschutz).',
  'Der Bürgermeister möchte ein kurzes Zitat beisteuern.',
  'Betroffen sind etwa 400 Haushalte; eine Postwurfsendung ist bereits unterwegs.',
  'Bei Rückfragen der Presse bitte an die Pressestelle verweisen.',
];

// mulberry32: tiny, fast, good enough for test data.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const DEVICE = 'be0c5eed00000001';

function hlc(ms, counter) {
  return `${new Date(ms).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${DEVICE}`;
}

/**
 * @param {number} count
 * @param {number} now epoch ms the board is "today"
 * @returns {{ items: object[], members: object[], columnCounts: Record<string, number>, needleColumns: string[] }}
 */
export function generateBoard(count, now = Date.now(), seed = 20261125) {
  const rnd = prng(seed ^ count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const totalWeight = CHANNEL_KEYS.reduce((s, [, w]) => s + w, 0);
  const pickChannel = () => {
    let r = rnd() * totalWeight;
    for (const [key, w] of CHANNEL_KEYS) if ((r -= w) < 0) return `channel-${key}`;
    return 'channel-instagram';
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };

  // Column sizes by share; the remainder goes to Veröffentlicht.
  const columnCounts = {};
  let assigned = 0;
  for (const [col, share] of COLUMN_SHARE.slice(0, -1)) {
    columnCounts[col] = Math.round(count * share);
    assigned += columnCounts[col];
  }
  columnCounts.veroeffentlicht = count - assigned;

  const usedTitles = new Set();
  const items = [];
  const needleColumns = new Set();
  const fiveYears = 5 * 365 * DAY;

  for (const [column] of COLUMN_SHARE) {
    const n = columnCounts[column];
    const ranks = n > 0 ? generateNKeysBetween(null, null, n) : [];
    for (let i = 0; i < n; i++) {
      const createdAt = Math.floor(now - rnd() * fiveYears);
      const updatedAt = Math.min(now, createdAt + Math.floor(rnd() * 30 * DAY));
      const created = new Date(createdAt);
      let publishDate;
      if (column === 'veroeffentlicht')
        publishDate = day(Math.min(now - DAY, createdAt + Math.floor(rnd() * 21 * DAY)));
      else if (column === 'idee' && rnd() < 0.5) publishDate = null;
      else if (rnd() < 0.1)
        publishDate = day(now - Math.floor(1 + rnd() * 14) * DAY); // overdue
      else publishDate = day(now + Math.floor(rnd() * 60) * DAY);

      const withNeedle = rnd() < 0.02;
      let title = pick(TOPICS)
        .replace('{ort}', pick(ORTE))
        .replace('{strasse}', pick(STRASSEN))
        .replace('{thema}', pick(THEMEN))
        .replace('{monat}', pick(MONATE))
        .replace('{jahr}', String(created.getUTCFullYear()))
        .replace('{kw}', String(1 + Math.floor(rnd() * 52)))
        .replace('{n}', String(1 + Math.floor(rnd() * 80)))
        .replace('{datum}', `${pad(1 + Math.floor(rnd() * 28))}.${pad(1 + Math.floor(rnd() * 12))}.`);
      if (withNeedle) title = `${FILTER_NEEDLE} ${pick(['grün', 'gelb', 'rot'])}: ${title}`;
      // ~0.5 % of titles are very long (pasted mail subjects); the card shows them shortened.
      if (rnd() < 0.005)
        title = `${title} – ${BRIEF_SENTENCES.slice(0, 4 + Math.floor(rnd() * 6)).join(' ')}`;
      let unique = title;
      for (let k = 2; usedTitles.has(unique); k++) unique = `${title} (${k})`;
      usedTitles.add(unique);
      if (withNeedle) needleColumns.add(column);

      const briefLength = Math.floor(rnd() ** 2 * 14); // many short briefs, some long
      const brief = Array.from({ length: briefLength }, () => pick(BRIEF_SENTENCES)).join(' ');
      const channelCount = 1 + Math.floor(rnd() * rnd() * 3);
      const channelIds = [...new Set(Array.from({ length: channelCount }, pickChannel))];
      const assigneeId = rnd() < 0.2 ? null : pick(MEMBERS).id;
      const doneShare = { idee: 0, themeninfo: 0.1, entwurf: 0.4, freigegeben: 0.9, veroeffentlicht: 1 }[
        column
      ];
      const at = hlc(updatedAt, Math.floor(rnd() * 4));
      const checklist = CHECKLIST_LABELS.map((label, k) => ({
        id: uuid(),
        label,
        done: rnd() < doneShare,
        rank: CHECKLIST_RANKS[k],
        deleted: false,
        clock: at,
      }));
      items.push({
        id: uuid(),
        title: unique,
        brief,
        department: pick(DEPARTMENTS),
        contact: pick(CONTACTS),
        channelIds,
        publishDate,
        publishTime:
          publishDate && rnd() < 0.3
            ? `${pad(7 + Math.floor(rnd() * 12))}:${pick(['00', '15', '30', '45'])}`
            : null,
        assigneeId,
        urgent: rnd() < 0.02,
        notes: rnd() < 0.25 ? pick(BRIEF_SENTENCES) : '',
        column,
        rank: ranks[i],
        checklist,
        archived: false,
        deleted: false,
        createdAt,
        updatedAt,
        clocks: Object.fromEntries(
          [
            'title',
            'brief',
            'department',
            'contact',
            'channelIds',
            'publishDate',
            'publishTime',
            'assigneeId',
            'urgent',
            'notes',
            'position',
            'archived',
            'deleted',
          ].map((f) => [f, at]),
        ),
      });
    }
  }

  // Stored as the app stores them: urgent items carry their column for the urgent-cards index
  // (src/storage/urgentKey.ts); the seed writes rows straight into IndexedDB, past that middleware.
  for (const item of items) if (item.urgent) item.urgentIn = item.column;

  const memberAt = hlc(now - fiveYears, 0);
  const memberRanks = generateNKeysBetween(null, null, MEMBERS.length);
  const members = MEMBERS.map((m, i) => ({
    ...m,
    retired: false,
    rank: memberRanks[i],
    deleted: false,
    clocks: { name: memberAt, retired: memberAt, rank: memberAt, deleted: memberAt },
  }));

  return { items, members, columnCounts, needleColumns: [...needleColumns] };
}
