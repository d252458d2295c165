// The demo board: a realistic year of a German town's press office, as pure data. Dates are
// relative to `today`, so whatever day it is loaded the board and the stand-up look alive: some items
// are overdue, some publish today, some in the next days and weeks, some have no date yet, some were
// published in the past. Storage (storage/settings/demoData.ts) turns this into members and items.
import { addDays, format, getISOWeek, parse } from 'date-fns';
import { de } from 'date-fns/locale';
import type { ColumnId } from './columns';
import { DEFAULT_CHECKLIST_LABELS, type DEFAULT_CHANNELS } from './defaults';
import type { NewItemInput } from './items';
import { isValidIsoDay } from './validate';

export type DemoMemberKey = 'anna' | 'jonas' | 'lea';

export interface DemoMember {
  key: DemoMemberKey;
  name: string;
}

export type ChecklistLabel = (typeof DEFAULT_CHECKLIST_LABELS)[number];

/** An item to create: everything but its rank (storage hands out ordering keys) and member ids. */
export interface DemoItem extends Required<Omit<NewItemInput, 'rank' | 'assigneeId'>> {
  assignee: DemoMemberKey | null;
  /** Default checklist entries already ticked. */
  checklistDone: ChecklistLabel[];
}

export interface DemoBoard {
  members: DemoMember[];
  items: DemoItem[];
}

// Anna Becker is the press officer (full time), Jonas Weber does post-production too,
// Lea Schmidt is the student (20 h a week).
export const DEMO_MEMBERS: readonly DemoMember[] = [
  { key: 'anna', name: 'Anna Becker' },
  { key: 'jonas', name: 'Jonas Weber' },
  { key: 'lea', name: 'Lea Schmidt' },
];

type ChannelKey = (typeof DEFAULT_CHANNELS)[number]['key'];

/** Same ids storage gives the default channels (storage/settings/settingsCommands.ts defaultChannelId). */
const channelId = (key: ChannelKey) => `channel-${key}`;

interface Spec {
  column: ColumnId;
  title: string;
  brief: string;
  department: string;
  contact: string;
  channels: ChannelKey[];
  /** Days from today; null = not planned yet. */
  day: number | null;
  time?: string;
  assignee?: DemoMemberKey;
  urgent?: boolean;
  done?: ChecklistLabel[] | 'all';
  notes?: string;
}

const ALL_DONE = 'all' as const;

export function buildDemoBoard(today: string): DemoBoard {
  if (!isValidIsoDay(today)) throw new Error(`buildDemoBoard: not a yyyy-MM-dd day: ${today}`);
  const base = parse(today, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const dateAt = (offset: number) => addDays(base, offset);
  const iso = (offset: number) => format(dateAt(offset), 'yyyy-MM-dd');
  const german = (offset: number) => format(dateAt(offset), 'EEEE, dd.MM.yyyy', { locale: de });
  const kw = (offset: number) => getISOWeek(dateAt(offset));
  const month = (offset: number) => format(dateAt(offset), 'MMMM yyyy', { locale: de });

  const mayorVideo = (offset: number, column: ColumnId, extra: Partial<Spec> = {}): Spec => ({
    column,
    title: `Bürgermeister-Video KW ${kw(offset)}`,
    brief:
      `Wöchentliches Video des Bürgermeisters (60–90 Sekunden, Hochformat). Themen der Woche aus der ` +
      `Verwaltungskonferenz am Montag. Dreh im Amtszimmer oder vor Ort, Untertitel Pflicht (Barrierefreiheit). ` +
      `Veröffentlichung ${german(offset)}.`,
    department: 'Büro des Bürgermeisters',
    contact: 'Sabine Krüger, Büroleitung, Tel. 555-101',
    channels: ['instagram', 'facebook'],
    day: offset,
    time: '17:00',
    assignee: 'jonas',
    ...extra,
  });

  const specs: Spec[] = [
    // ---------- Veröffentlicht: the past weeks ----------
    {
      column: 'veroeffentlicht',
      title: 'Rücksichtnahme in Feld, Wald und Flur: Auftakt der Kampagne',
      brief:
        'Gemeinsame Kampagne von Umweltamt, Ordnungsamt und Kreisbauernverband: Hunde an die Leine, Wege ' +
        'nicht verlassen, keinen Müll zurücklassen, Feldwege sind keine Parkplätze. Laufzeit mehrere Monate, ' +
        'monatlich ein Schwerpunkt. Auftakt mit Pressetermin am Waldparkplatz Eichenhain.',
      department: 'Fachbereich 3 – Umwelt',
      contact: 'Dr. Miriam Hoffmann, Tel. 555-320',
      channels: ['pressemitteilung', 'instagram', 'facebook', 'website'],
      day: -30,
      assignee: 'anna',
      done: ALL_DONE,
    },
    {
      column: 'veroeffentlicht',
      title: 'Podcast „Rathaus nah“ Folge 11: Wie entsteht ein Haushalt?',
      brief:
        'Gespräch mit der Kämmerin über den Haushaltsentwurf: Woher kommt das Geld, wohin geht es, was ' +
        'bedeutet das Defizit? Aufnahme im Ratssaal, Schnitt durch Jonas. Shownotes mit Link zum Haushaltsplan.',
      department: 'Fachbereich 2 – Finanzen',
      contact: 'Petra Lange, Kämmerin, Tel. 555-200',
      channels: ['podcast', 'website', 'newsletter'],
      day: -25,
      assignee: 'jonas',
      done: ALL_DONE,
    },
    {
      column: 'veroeffentlicht',
      title: 'Wasserampel steht auf Gelb: Bitte Rasensprengen einschränken',
      brief:
        'Die Stadtwerke stellen die Wasserampel auf Gelb: Der Verbrauch liegt seit Tagen über der Förderleistung ' +
        'der Brunnen. Bitte Rasen nur abends sprengen, keine Pools befüllen. Trinkwasser ist nicht gefährdet. ' +
        'Aktueller Stand täglich auf der Website.',
      department: 'Stadtwerke',
      contact: 'Thomas Brandt, Netzleitstelle, Tel. 555-700',
      channels: ['pressemitteilung', 'instagram', 'facebook', 'website'],
      day: -20,
      assignee: 'anna',
      done: ALL_DONE,
    },
    {
      column: 'veroeffentlicht',
      title: `Stadtnachrichten Ausgabe ${month(-18)}`,
      brief:
        'Monatliche Ausgabe der Stadtnachrichten (12 Seiten). Aufmacher: Wasserampel. Außerdem: ' +
        'Ratsbeschlüsse, Termine, Ehrenamtspreis-Aufruf, Kita-Anmeldung. Druckvorlage an die Druckerei bis ' +
        'Mittwoch 12 Uhr.',
      department: 'Pressestelle',
      contact: 'Anna Becker',
      channels: ['stadtnachrichten'],
      day: -18,
      assignee: 'anna',
      done: ALL_DONE,
    },
    mayorVideo(-14, 'veroeffentlicht', { done: ALL_DONE }),
    {
      column: 'veroeffentlicht',
      title: 'Stadtfest: Rückblick in Bildern',
      brief:
        'Bildergalerie vom Stadtfest (Bühne Marktplatz, Kinderflohmarkt, Feuerwerk). Fotos vom Stadtmarketing ' +
        'und eigene Aufnahmen. Auf Kinderfotos nur mit Einwilligung der Eltern (liegen für die Tanzgruppe vor).',
      department: 'Stadtmarketing',
      contact: 'Kevin Arslan, Tel. 555-410',
      channels: ['instagram', 'facebook'],
      day: -10,
      assignee: 'lea',
      done: ALL_DONE,
    },
    mayorVideo(-7, 'veroeffentlicht', { done: ALL_DONE }),
    {
      column: 'veroeffentlicht',
      title: `Newsletter KW ${kw(-5)}`,
      brief:
        'Wöchentlicher Newsletter: Stadtfest-Rückblick, Sperrung Bahnhofstraße (Vorankündigung), Termine der ' +
        'Woche, Stellenausschreibungen.',
      department: 'Pressestelle',
      contact: 'Anna Becker',
      channels: ['newsletter'],
      day: -5,
      assignee: 'lea',
      done: ALL_DONE,
    },
    {
      column: 'veroeffentlicht',
      title: 'Ratssitzung: Ergebnisse aus dem Stadtrat',
      brief:
        'Zusammenfassung der Ratssitzung: Haushalt eingebracht, Radverkehrskonzept beschlossen, Zuschuss für ' +
        'die Tafel erhöht. Zitate des Bürgermeisters aus der Sitzung, Abstimmungsergebnisse vom Ratsbüro.',
      department: 'Ratsbüro',
      contact: 'Michael Schulz, Tel. 555-110',
      channels: ['pressemitteilung', 'website'],
      day: -3,
      assignee: 'anna',
      done: ALL_DONE,
    },

    // ---------- Freigegeben: approved, publishing now or soon (one forgotten) ----------
    {
      column: 'freigegeben',
      title: 'Sperrung Bahnhofstraße ab Montag',
      brief:
        'Vollsperrung der Bahnhofstraße zwischen Marktplatz und Post wegen Kanalarbeiten, voraussichtlich ' +
        'sechs Wochen. Umleitung über Ring und Schillerstraße, Fußgänger kommen durch. Anlieger frei. Karte ' +
        'der Umleitung kommt vom Tiefbau.',
      department: 'Fachbereich 5 – Bauen und Verkehr',
      contact: 'Jan Richter, Tiefbau, Tel. 555-530',
      channels: ['pressemitteilung', 'website', 'facebook'],
      day: -1,
      assignee: 'anna',
      done: ALL_DONE,
      notes: 'Ist gestern liegen geblieben – heute früh raus, Umleitungskarte hängt in der Mail vom Tiefbau.',
    },
    mayorVideo(0, 'freigegeben', { done: ALL_DONE }),
    {
      column: 'freigegeben',
      title: 'Rücksichtnahme: Hunde an die Leine in der Brut- und Setzzeit',
      brief:
        'Kampagnenmotiv des Monats: Bodenbrüter und Jungwild sind in Feld und Wald unterwegs. Leinenpflicht ' +
        'gilt im ganzen Stadtwald. Motiv mit Hund an der Leine vom Fotoshooting (Bildrechte: Stadt, Model-' +
        'Vertrag liegt vor).',
      department: 'Fachbereich 3 – Umwelt',
      contact: 'Dr. Miriam Hoffmann, Tel. 555-320',
      channels: ['instagram', 'facebook'],
      day: 0,
      time: '11:00',
      assignee: 'lea',
      done: ALL_DONE,
    },
    {
      column: 'freigegeben',
      title: `Newsletter KW ${kw(1)}`,
      brief:
        'Wöchentlicher Newsletter: Grundsteuer-Infos, Kita-Anmeldung, Sperrung Bahnhofstraße, Termine. ' +
        'Versand morgen früh.',
      department: 'Pressestelle',
      contact: 'Anna Becker',
      channels: ['newsletter'],
      day: 1,
      time: '07:00',
      assignee: 'lea',
      done: ['Text', 'Freigabe Fachbereich'],
    },
    {
      column: 'freigegeben',
      title: 'Grundsteuer-Reform: Was Eigentümer jetzt wissen müssen',
      brief:
        'Die neuen Grundsteuerbescheide werden verschickt. Erklärt werden: neuer Hebesatz, warum sich Beträge ' +
        'ändern, Widerspruch gegen den Messbescheid geht ans Finanzamt, nicht an die Stadt. FAQ auf der ' +
        'Website, Hotline Di+Do 9–12 Uhr.',
      department: 'Fachbereich 2 – Finanzen',
      contact: 'Petra Lange, Kämmerin, Tel. 555-200',
      channels: ['pressemitteilung', 'website', 'facebook'],
      day: 2,
      assignee: 'anna',
      done: ['Text', 'Freigabe Fachbereich'],
    },
    {
      column: 'freigegeben',
      title: 'Ehrenamtspreis: Preisträgerinnen und Preisträger stehen fest',
      brief:
        'Die Jury hat entschieden: drei Preise (Sport, Soziales, Kultur) und ein Jugendpreis. Namen erst nach ' +
        'Benachrichtigung aller Preisträger veröffentlichen! Verleihung im Rahmen des Neujahrsempfangs.',
      department: 'Fachbereich 1 – Zentrale Dienste',
      contact: 'Heike Neumann, Ehrenamtsbüro, Tel. 555-150',
      channels: ['pressemitteilung', 'linkedin', 'website'],
      day: 4,
      assignee: 'anna',
      done: ALL_DONE,
    },
    {
      column: 'freigegeben',
      title: 'Kita-Anmeldung für das neue Kita-Jahr startet',
      brief:
        'Anmeldungen für das kommende Kita-Jahr ab dem 1. des Monats online über das Kita-Portal. Frist acht ' +
        'Wochen. Papierformular im Bürgerbüro. Beratung durch die Kita-Koordination.',
      department: 'Fachbereich 4 – Jugend, Familie, Bildung',
      contact: 'Sandra Wolf, Kita-Koordination, Tel. 555-440',
      channels: ['pressemitteilung', 'website', 'newsletter', 'instagram'],
      day: 5,
      assignee: 'lea',
      done: ['Text', 'Freigabe Fachbereich'],
      notes: 'Für Instagram fehlt noch ein Bild ohne erkennbare Kinder.',
    },

    // ---------- Entwurf: being written ----------
    {
      column: 'entwurf',
      title: 'Gasleck in der Lindenstraße – Fenster geschlossen halten',
      brief:
        'Bei Bauarbeiten wurde eine Gasleitung beschädigt. Feuerwehr und Stadtwerke sind vor Ort. Anwohner ' +
        'der Lindenstraße und der Ahornallee: Fenster und Türen geschlossen halten, keine elektrischen ' +
        'Schalter betätigen, Straße weiträumig gesperrt. Updates alle 30 Minuten. Warnung auch über NINA.',
      department: 'Ordnungsamt',
      contact: 'Einsatzleitung Feuerwehr über Lagedienst, Tel. 555-112',
      channels: ['instagram', 'facebook', 'website', 'pressemitteilung'],
      day: 0,
      assignee: 'anna',
      urgent: true,
      done: ['Text'],
      notes:
        'Jede Meldung vor Versand mit der Einsatzleitung abstimmen. Keine Fotos von Einsatzkräften ohne OK.',
    },
    {
      column: 'entwurf',
      title: 'Rücksichtnahme: Müll gehört nicht in den Wald (Reel)',
      brief:
        'Kurzes Reel mit dem Forstrevier: Förster zeigt, was an einem Wochenende am Waldparkplatz liegen ' +
        'bleibt. Botschaft: Was du mitbringst, nimmst du wieder mit. Teil der Kampagne Rücksichtnahme.',
      department: 'Fachbereich 3 – Umwelt',
      contact: 'Markus Vogel, Revierförster, Tel. 555-335',
      channels: ['instagram', 'tiktok', 'jugend'],
      day: -2,
      assignee: 'lea',
      done: ['Text', 'Bild'],
      notes: 'Schnitt fertig, Freigabe vom Förster steht noch aus.',
    },
    {
      column: 'entwurf',
      title: 'Wasserampel: Trinkwasser sparen beim Gießen – Tipps der Stadtwerke',
      brief:
        'Fünf Tipps: morgens oder abends gießen, Regenwasser sammeln, Rasen darf im Sommer braun werden, ' +
        'Mulch hält Feuchtigkeit, Tropfschlauch statt Sprenger. Karussell mit fünf Kacheln.',
      department: 'Stadtwerke',
      contact: 'Thomas Brandt, Netzleitstelle, Tel. 555-700',
      channels: ['instagram', 'facebook'],
      day: 2,
      assignee: 'lea',
      done: ['Text'],
    },
    {
      column: 'entwurf',
      title: 'Ausbildung bei der Stadtverwaltung: Jetzt bewerben',
      brief:
        'Ausbildungsplätze als Verwaltungsfachangestellte/r, Straßenwärter/in und Erzieher/in (PiA). ' +
        'Bewerbungsschluss in sechs Wochen. Azubis erzählen selbst (Zitate liegen vor).',
      department: 'Fachbereich 1 – Zentrale Dienste',
      contact: 'Claudia Fischer, Personal, Tel. 555-130',
      channels: ['linkedin', 'instagram', 'jugend'],
      day: 3,
      assignee: 'jonas',
      done: ['Text', 'Bild'],
    },
    {
      column: 'entwurf',
      title: 'Neue Kita „Sonnenblume“ eröffnet im Neubaugebiet',
      brief:
        'Eröffnung der sechsgruppigen Kita am Lerchenweg mit Bürgermeister und Träger. 110 Plätze, davon 30 ' +
        'für unter Dreijährige. Baukosten 4,8 Mio. €, Förderung vom Land. Fototermin: nur Gebäude und ' +
        'Erwachsene, Kinder nur mit Einwilligung der Eltern.',
      department: 'Fachbereich 4 – Jugend, Familie, Bildung',
      contact: 'Sandra Wolf, Kita-Koordination, Tel. 555-440',
      channels: ['pressemitteilung', 'instagram', 'facebook'],
      day: 6,
      assignee: 'anna',
      done: ['Text'],
    },
    {
      column: 'entwurf',
      title: 'Neuer Radweg an der Kreisstraße freigegeben',
      brief:
        '2,3 km neuer Radweg zwischen Ortsausgang und Gewerbegebiet Nord, beleuchtet, 2,50 m breit. Teil ' +
        'des Radverkehrskonzepts. Freigabe mit Radtour des Bürgermeisters und des ADFC.',
      department: 'Fachbereich 5 – Bauen und Verkehr',
      contact: 'Jan Richter, Tiefbau, Tel. 555-530',
      channels: ['pressemitteilung', 'instagram', 'linkedin'],
      day: 8,
      time: '10:00',
      assignee: 'jonas',
    },
    {
      column: 'entwurf',
      title: 'Podcast „Rathaus nah“ Folge 12: Ehrenamt in unserer Stadt',
      brief:
        'Zu Gast: zwei Ehrenamtliche (Tafel, Sportverein) und die Leiterin des Ehrenamtsbüros. Aufnahme ist ' +
        'im Kasten, Schnitt und Shownotes fehlen noch. Passt zur Verleihung des Ehrenamtspreises.',
      department: 'Fachbereich 1 – Zentrale Dienste',
      contact: 'Heike Neumann, Ehrenamtsbüro, Tel. 555-150',
      channels: ['podcast', 'website', 'newsletter'],
      day: 12,
      assignee: 'jonas',
    },

    // ---------- Themeninfo eingegangen: briefs waiting to be written ----------
    {
      column: 'themeninfo',
      title: 'Geldautomat gesprengt – Busbahnhof gesperrt',
      brief:
        'In der Nacht wurde der Geldautomat am Busbahnhof gesprengt. Der Busbahnhof ist seit 6 Uhr gesperrt, ' +
        'Statiker prüft das Gebäude. Ersatzhaltestellen in der Goethestraße, Busse fahren mit Verspätung. ' +
        'Ermittlungen führt die Polizei – keine Angaben zu Tätern, nur Verkehrsinfos.',
      department: 'Ordnungsamt',
      contact: 'Frank Meyer, Leiter Ordnungsamt, Tel. 555-600',
      channels: ['pressemitteilung', 'instagram', 'facebook', 'website'],
      day: 0,
      time: '07:30',
      assignee: 'anna',
      urgent: true,
      notes: 'Pressestelle der Polizei hat um Abstimmung gebeten, bevor wir etwas zur Tat sagen.',
    },
    {
      column: 'themeninfo',
      title: 'Wasserampel: Bilanz des Sommers – Verbrauch gesunken',
      brief:
        'Die Stadtwerke melden: Dank der Sparaufrufe lag der Spitzenverbrauch 12 % unter dem Vorjahr. Dank an ' +
        'die Bürgerinnen und Bürger, Ampel wieder auf Grün. Grafik zum Verbrauch kommt von den Stadtwerken.',
      department: 'Stadtwerke',
      contact: 'Thomas Brandt, Netzleitstelle, Tel. 555-700',
      channels: ['pressemitteilung', 'website', 'instagram'],
      day: -3,
      assignee: 'jonas',
    },
    {
      column: 'themeninfo',
      title: 'Rücksichtnahme: Erntezeit – Vorsicht vor Landmaschinen',
      brief:
        'Kreisbauernverband bittet um Verständnis: In der Erntezeit sind große Maschinen auf Feldwegen und ' +
        'Kreisstraßen unterwegs. Feldwege nicht zuparken, Abstand halten. Kampagne Rücksichtnahme, Motiv 4.',
      department: 'Fachbereich 3 – Umwelt',
      contact: 'Dr. Miriam Hoffmann, Tel. 555-320',
      channels: ['instagram', 'facebook'],
      day: 4,
    },
    {
      column: 'themeninfo',
      title: `Ratssitzung am ${format(dateAt(9), 'dd.MM.yyyy')}: Tagesordnung`,
      brief:
        'Öffentliche Sitzung des Stadtrats um 18 Uhr im Ratssaal. Schwerpunkte: Verabschiedung des Haushalts, ' +
        'Bebauungsplan Lerchenweg II, Bürgerfragestunde. Tagesordnung im Ratsinformationssystem.',
      department: 'Ratsbüro',
      contact: 'Michael Schulz, Tel. 555-110',
      channels: ['pressemitteilung', 'website'],
      day: 7,
      assignee: 'anna',
    },
    {
      column: 'themeninfo',
      title: 'Weihnachtsmarkt: Programm und Öffnungszeiten',
      brief:
        'Weihnachtsmarkt auf dem Marktplatz an den Adventswochenenden, Fr–So. Neu: Eisbahn, Bühne mit ' +
        'Schulchören, autofreier Marktplatz. Shuttlebus vom Bahnhof. Programmheft als PDF vom Stadtmarketing.',
      department: 'Stadtmarketing',
      contact: 'Kevin Arslan, Tel. 555-410',
      channels: ['pressemitteilung', 'instagram', 'facebook', 'website', 'newsletter'],
      day: 10,
      assignee: 'lea',
    },
    {
      column: 'themeninfo',
      title: 'Grundsteuer: Infoabend im Bürgerhaus',
      brief:
        'Die Kämmerei lädt zum Infoabend: Fragen zum neuen Bescheid, Vortrag und offene Runde. 19 Uhr, ' +
        'Bürgerhaus, großer Saal, barrierefrei. Keine Anmeldung nötig.',
      department: 'Fachbereich 2 – Finanzen',
      contact: 'Petra Lange, Kämmerin, Tel. 555-200',
      channels: ['facebook', 'instagram', 'newsletter'],
      day: 11,
    },
    {
      column: 'themeninfo',
      title: 'Radwege: Bürgerbeteiligung zum Radverkehrskonzept',
      brief:
        'Online-Karte, auf der Bürgerinnen und Bürger vier Wochen lang gefährliche Stellen und fehlende ' +
        'Verbindungen eintragen können. Dazu zwei Radtouren mit der Verkehrsplanung.',
      department: 'Fachbereich 5 – Bauen und Verkehr',
      contact: 'Lena Hartmann, Verkehrsplanung, Tel. 555-540',
      channels: ['pressemitteilung', 'website', 'instagram'],
      day: 16,
    },
    {
      column: 'themeninfo',
      title: 'Stadtbücherei: Neue Öffnungszeiten ab nächstem Monat',
      brief:
        'Die Stadtbücherei öffnet künftig auch samstags 10–14 Uhr, dafür montags geschlossen. Rückgabe über ' +
        'die Außenklappe rund um die Uhr.',
      department: 'Fachbereich 4 – Jugend, Familie, Bildung',
      contact: 'Ulrike Bauer, Stadtbücherei, Tel. 555-470',
      channels: ['website', 'newsletter'],
      day: null,
    },

    // ---------- Idee: plans and ideas, most without a date ----------
    mayorVideo(7, 'idee', { assignee: 'jonas' }),
    {
      column: 'idee',
      title: `Stadtnachrichten Ausgabe ${month(14)}`,
      brief:
        'Themensammlung: Weihnachtsmarkt, Haushalt beschlossen, Ehrenamtspreis, Radweg Kreisstraße, ' +
        'Kita Sonnenblume. Redaktionsschluss eine Woche vor Druck.',
      department: 'Pressestelle',
      contact: 'Anna Becker',
      channels: ['stadtnachrichten'],
      day: 14,
      assignee: 'anna',
    },
    {
      column: 'idee',
      title: 'Weihnachtsmarkt: Aufbau im Zeitraffer',
      brief:
        'Idee: Kamera auf dem Rathausbalkon, Aufbau der Buden an einem Tag als Zeitraffer. Bauhof fragen, ' +
        'wann aufgebaut wird.',
      department: 'Stadtmarketing',
      contact: 'Kevin Arslan, Tel. 555-410',
      channels: ['instagram', 'tiktok', 'jugend'],
      day: 20,
    },
    {
      column: 'idee',
      title: 'Podcast: Folge mit der Freiwilligen Feuerwehr',
      brief:
        'Wie wird man Feuerwehrfrau oder -mann? Gespräch mit dem Stadtbrandmeister und einer jungen ' +
        'Einsatzkraft. Passt zur Mitgliederwerbung im Frühjahr.',
      department: 'Ordnungsamt',
      contact: 'Stadtbrandmeister Peter König, Tel. 555-650',
      channels: ['podcast'],
      day: null,
    },
    {
      column: 'idee',
      title: 'Instagram-Serie: Menschen im Rathaus',
      brief:
        'Jede Woche eine Kollegin oder ein Kollege mit Foto und drei Fragen: Was machst du? Was mögen die ' +
        'Leute nicht wissen? Lieblingsort in der Stadt? Einwilligung zur Veröffentlichung einholen.',
      department: 'Pressestelle',
      contact: 'Anna Becker',
      channels: ['instagram', 'linkedin'],
      day: null,
      assignee: 'lea',
    },
    {
      column: 'idee',
      title: 'Wasserampel als Widget auf der Startseite',
      brief:
        'Stadtwerke liefern den Ampelstatus als Datei; die Website könnte ihn oben anzeigen. Mit der IT ' +
        'klären, ob das Redaktionssystem das kann.',
      department: 'Stadtwerke',
      contact: 'Thomas Brandt, Netzleitstelle, Tel. 555-700',
      channels: ['website'],
      day: null,
    },
    {
      column: 'idee',
      title: 'Ehrenamtspreis: Aufruf zu Nominierungen für nächstes Jahr',
      brief:
        'Nach der Verleihung direkt den Aufruf für die nächste Runde starten: Vereine, Nachbarn, Kolleginnen ' +
        'können Vorschläge einreichen. Formular online und im Bürgerbüro.',
      department: 'Fachbereich 1 – Zentrale Dienste',
      contact: 'Heike Neumann, Ehrenamtsbüro, Tel. 555-150',
      channels: ['website', 'facebook', 'newsletter'],
      day: null,
    },
    {
      column: 'idee',
      title: 'Kita: Elternumfrage zu Betreuungszeiten',
      brief:
        'Die Kita-Koordination möchte per Online-Umfrage erfahren, welche Betreuungszeiten Eltern brauchen. ' +
        'Start nach der Anmeldephase.',
      department: 'Fachbereich 4 – Jugend, Familie, Bildung',
      contact: 'Sandra Wolf, Kita-Koordination, Tel. 555-440',
      channels: ['website', 'instagram', 'newsletter'],
      day: null,
    },
    {
      column: 'idee',
      title: 'Stadtfest nächstes Jahr: Save the Date',
      brief:
        'Termin fürs nächste Stadtfest steht fest, sobald der Ältestenrat zugestimmt hat. Dann Save-the-Date ' +
        'mit den schönsten Bildern vom letzten Fest.',
      department: 'Stadtmarketing',
      contact: 'Kevin Arslan, Tel. 555-410',
      channels: ['instagram', 'facebook', 'website'],
      day: null,
    },
  ];

  const items = specs.map((spec): DemoItem => ({
    title: spec.title,
    brief: spec.brief,
    department: spec.department,
    contact: spec.contact,
    channelIds: spec.channels.map(channelId),
    publishDate: spec.day === null ? null : iso(spec.day),
    publishTime: spec.day === null ? null : (spec.time ?? null),
    urgent: spec.urgent ?? false,
    notes: spec.notes ?? '',
    column: spec.column,
    assignee: spec.assignee ?? null,
    checklistDone: spec.done === ALL_DONE ? [...DEFAULT_CHECKLIST_LABELS] : (spec.done ?? []),
  }));
  return { members: [...DEMO_MEMBERS], items };
}
