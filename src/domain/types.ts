import type { ColumnId } from './columns';

/** HLC stamps per mergeable field: the later stamp wins that field in a merge. */
export type FieldClocks<F extends string> = Partial<Record<F, string>>;

export interface ChecklistEntry {
  id: string;
  label: string;
  done: boolean;
  /**
   * Display order (fractional key). Optional so older rows stay valid; entries without one sort first
   * by id. Needed because a merge must order entries the same way on every device.
   */
  rank?: string;
  /** Tombstone: a removed entry stays so a merge cannot resurrect it. */
  deleted: boolean;
  /** Checklist entries merge per entry (whole entry, last writer wins). */
  clock: string;
}

/**
 * A content item (card). Every field except ids/timestamps is mergeable and has a clock in `clocks`.
 * `column` and `rank` are stored flat (for the [column+rank] index) but are one field, `position`,
 * for clocks and merge: a card never lands half in one place and half in another.
 */
export interface Item {
  id: string;
  title: string;
  /** Themeninfo: the brief from the department, free text. */
  brief: string;
  /** Fachbereich */
  department: string;
  /** Ansprechperson */
  contact: string;
  channelIds: string[];
  /** Publish date as local calendar day yyyy-MM-dd, or null when not yet planned. */
  publishDate: string | null;
  /** Optional time of day HH:mm (Europe/Berlin wall clock). */
  publishTime: string | null;
  assigneeId: string | null;
  urgent: boolean;
  notes: string;
  column: ColumnId;
  rank: string;
  checklist: ChecklistEntry[];
  /**
   * Attached files (photos, PDFs, videos). Optional: rows and board files written before attachments
   * existed have none; read it through itemAttachments().
   */
  attachments?: Attachment[];
  archived: boolean;
  deleted: boolean;
  createdAt: number;
  updatedAt: number;
  clocks: FieldClocks<ItemField>;
}

/**
 * The one list of an item's mergeable fields: createItem stamps each, merge and the import preview
 * walk it. `position` stands for `column` + `rank`. tests/domain/items.test.ts fails to compile when
 * Item gains a field this list lacks.
 */
export const ITEM_FIELDS = [
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
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** The fields an editor may change directly (position, archive and delete have their own commands). */
export type ItemEdit = Partial<
  Pick<
    Item,
    | 'title'
    | 'brief'
    | 'department'
    | 'contact'
    | 'channelIds'
    | 'publishDate'
    | 'publishTime'
    | 'assigneeId'
    | 'urgent'
    | 'notes'
  >
>;

export interface Channel {
  id: string;
  name: string;
  /** CSS colour, #rrggbb */
  color: string;
  /** Posts per week the team aims for; 0 = no target. */
  weeklyTarget: number;
  /** Retired channels stay on old items but are not offered for new ones. */
  retired: boolean;
  /** Visual channels need an image (stand-up "Fehlt noch"). */
  visual: boolean;
  rank: string;
  deleted: boolean;
  clocks: FieldClocks<ChannelField>;
}
export type ChannelField = 'name' | 'color' | 'weeklyTarget' | 'retired' | 'visual' | 'rank' | 'deleted';

export interface Member {
  id: string;
  name: string;
  retired: boolean;
  rank: string;
  deleted: boolean;
  clocks: FieldClocks<MemberField>;
}
export type MemberField = 'name' | 'retired' | 'rank' | 'deleted';

/** Nutzungsrecht of an image: who may allow its use. */
export const USAGE_RIGHTS = ['own', 'cityStaff', 'agency', 'citizen'] as const;
export type UsageRight = (typeof USAGE_RIGHTS)[number];

/**
 * What the press office must know before an image is published (issue: image rights and consent).
 * Yes/no questions are null until answered, so "not asked yet" is never mistaken for "no".
 * Dates are local calendar days yyyy-MM-dd.
 */
export interface AttachmentRights {
  /** Urheber/Quelle: who took the picture or where it comes from. */
  creator: string;
  usage: UsageRight | null;
  /** Licence note, required for agency images (which licence, which agency). */
  usageNote: string;
  peopleRecognisable: boolean | null;
  peopleConsent: boolean;
  peopleConsentDate: string | null;
  minorsShown: boolean | null;
  guardianConsent: boolean;
  guardianConsentDate: string | null;
}

/**
 * A file attached to an item. The bytes live in the blobs table under `hash` (SHA-256 hex); the
 * item holds only this record. Entries merge per entry like checklist entries (whole entry, last
 * writer wins) and are removed as tombstones.
 */
export interface Attachment extends AttachmentRights {
  id: string;
  hash: string;
  /** File name as attached; shown as the image's alt text. */
  name: string;
  /** MIME type as sniffed from the bytes, not as claimed by the file name. */
  type: string;
  size: number;
  addedAt: number;
  deleted: boolean;
  clock: string;
}

/** One decision taken in a stand-up, kept in its record ("Kita-Anmeldung: auf 26.11. verschoben"). */
export interface StandupDecision {
  itemId: string;
  /** The title at the time, so the record still reads well after the item changes or is deleted. */
  itemTitle: string;
  kind: 'moved' | 'rescheduled' | 'approved' | 'published' | 'reassigned' | 'other';
  /** Human-readable German detail, e.g. "auf 26.11.2026 verschoben". */
  detail: string;
  at: number;
}

/**
 * The saved record of one daily stand-up. Records are never merged field by field: a record is
 * written once when the stand-up ends (and possibly amended later), so the whole record is last
 * writer wins by `clock`. Two people ending their own stand-up on the same day make two records.
 */
export interface StandupRecord {
  id: string;
  /** yyyy-MM-dd, the day the stand-up started */
  day: string;
  startedAt: number;
  endedAt: number;
  /** Time actually run, pauses excluded. */
  durationMs: number;
  notes: string;
  decisions: StandupDecision[];
  /**
   * Set when the stand-up was left running (e.g. overnight) and was ended automatically as of its last
   * activity; the view says so. Optional: older records and other devices' files lack it.
   */
  endedAutomatically?: boolean;
  deleted: boolean;
  clock: string;
}
