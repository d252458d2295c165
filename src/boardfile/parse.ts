// parse → check marker and version → migrate → validate → check references. Pure: nothing is written;
// every failure is a typed error the UI turns into a German message (i18n boardfile errors).
// A file is refused as a whole when it is not ours, too new, cut off, hostile (prototype keys, huge
// strings or lists, unknown fields nested too deep) or its header is damaged; a single record that
// fails validation is only left out and reported (SkippedRecord), like Excalidraw's restore: one
// damaged item must not keep the rest of a colleague's board out.
import { mergeAttachments } from '../domain/attachmentEdits';
import { mergeChecklist } from '../domain/merge';
import { findExtraExcess } from './extras';
import { CURRENT_FORMAT_VERSION, FORMAT_MARKER, MAX_FILE_BYTES, type BoardFile } from './format';
import type * as z from 'zod';
import { migrateToCurrent } from './migrate';
import { boardFileHeaderSchema, RECORD_SCHEMAS, RULES } from './schema';

export type ParseErrorKind =
  | 'tooLarge'
  | 'notJson'
  | 'truncated'
  | 'notOurFormat'
  | 'tooNew'
  | 'hostileKeys'
  | 'invalidRecords'
  | 'duplicateIds'
  /** An embedded attachment whose bytes do not match its hash (damaged or tampered with). */
  | 'blobMismatch'
  /** A record's unknown extra fields nest too deep or are too large (MAX_EXTRA_DEPTH, MAX_EXTRA_SIZE). */
  | 'extraTooLarge';

/** The lists of records a board file holds. */
export type RecordList = 'items' | 'channels' | 'members' | 'standups' | 'blobs';

/** Which record of the file a problem is in; without `list`, the file's own header fields. */
export interface RecordRef {
  list?: RecordList;
  /** Its position in that list (0-based). */
  index?: number;
  /** Its id (a blob's hash), when the file gives one. */
  id?: string;
  /** Its title (item), name (channel, member) or day (stand-up), shortened, when the file gives one. */
  label?: string;
}

export interface ParseError {
  kind: ParseErrorKind;
  /**
   * Where the problem is (e.g. "items.12.publishDate"), for the detail line of the message; for a
   * problem located in one record, followed by that record's title or name in brackets.
   */
  detail?: string;
  /** For tooNew: the version the file has. */
  version?: number;
  /** For extraTooLarge and a hostile record (invalidRecords): the record the problem is in … */
  record?: RecordRef;
  /** … and the field within that record (e.g. "clocks.title", "checklist.2.clock"). */
  field?: string;
  /** For extraTooLarge: which bound the field exceeds. */
  bound?: 'depth' | 'size';
}

/** Why a record of the file could not be read. */
export type RecordProblem =
  /** A field the record must have is not there. */
  | 'missing'
  /** A field of the wrong type or shape, or the record is no object at all. */
  | 'invalid'
  /** A clock stamp of the right shape whose time does not exist (it would win every merge). */
  | 'impossibleStamp'
  /** A publish, stand-up or consent day of the right shape that is no real day (2026-02-30). */
  | 'impossibleDate';

/** A record the file holds that was left out, for the preview to list. */
export interface SkippedRecord {
  record: RecordRef & { list: RecordList; index: number };
  /** The field of the record's first problem ("title", "checklist.2.clock"); '' for the record itself. */
  field: string;
  problem: RecordProblem;
}

export type ParseResult =
  { ok: true; value: BoardFile; skipped: SkippedRecord[] } | { ok: false; error: ParseError };

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SUSPECT_TEXT = /__proto__|constructor|prototype|\\u/;

function fail(kind: ParseErrorKind, extra: Omit<ParseError, 'kind'> = {}): ParseResult {
  return { ok: false, error: { kind, ...extra } };
}

const RECORD_LIST_NAMES: readonly RecordList[] = ['items', 'channels', 'members', 'standups', 'blobs'];
const RECORD_LISTS: ReadonlySet<string> = new Set(RECORD_LIST_NAMES);
const MAX_LABEL_CHARS = 60;

const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** The record and field a validation issue's path points at, read from the (unvalidated) file. */
export function locate(
  file: Record<string, unknown>,
  path: readonly PropertyKey[],
): Pick<ParseError, 'detail' | 'record' | 'field'> {
  const [list, index, ...rest] = path;
  const where = path.map(String).join('.');
  const records = typeof list === 'string' && RECORD_LISTS.has(list) ? file[list] : undefined;
  if (!Array.isArray(records) || typeof index !== 'number')
    return { detail: where, record: {}, field: where };
  const raw: unknown = records[index];
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const id = textOf(list === 'blobs' ? record.hash : record.id)?.slice(0, 200);
  const fullLabel = textOf(list === 'items' ? record.title : list === 'standups' ? record.day : record.name);
  const label =
    fullLabel && fullLabel.length > MAX_LABEL_CHARS
      ? `${fullLabel.slice(0, MAX_LABEL_CHARS - 1)}…`
      : fullLabel;
  const ref: RecordRef = { list: list as RecordList, index };
  if (id !== undefined) ref.id = id;
  if (label !== undefined) ref.label = label;
  const name = label ?? id;
  return {
    detail: name === undefined ? where : `${where} (${name})`,
    record: ref,
    field: rest.map(String).join('.'),
  };
}

/** Refinements of the schema whose failure has its own message (see RULES in schema.ts). */
const RULE_PROBLEMS: Record<string, RecordProblem> = {
  [RULES.realStamp]: 'impossibleStamp',
  [RULES.realDay]: 'impossibleDate',
};

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The first prototype-polluting key anywhere in a parsed JSON value (JSON.parse makes "__proto__" an
 * own key, so it is listed). Iterative: a reviver recurses and overflows the stack on a file nested
 * some thousand levels deep, which would then be reported as cut off.
 */
function findHostileKey(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const child of value as unknown[])
        if (typeof child === 'object' && child !== null) stack.push(child);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (HOSTILE_KEYS.has(key)) return key;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return null;
}

const BYTE_ORDER_MARK = 0xfeff;

/** The value at `path` below `value`, or undefined where the path leads nowhere. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

type Issue = z.core.$ZodIssue;

/**
 * Length limits guard against hostile files (a string of megabytes, a list of millions), which
 * refuse the file as a whole, as they always did; any other failure is damage to one record.
 */
const isHostile = (issue: Issue) =>
  issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array');

function skippedRecord(
  file: Record<string, unknown>,
  list: RecordList,
  index: number,
  raw: unknown,
  issue: Issue,
): SkippedRecord {
  const rule = issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
  const problem =
    (typeof rule === 'string' ? RULE_PROBLEMS[rule] : undefined) ??
    (issue.path.length > 0 && valueAt(raw, issue.path) === undefined ? 'missing' : 'invalid');
  return {
    record: locate(file, [list, index]).record as SkippedRecord['record'],
    field: issue.path.map(String).join('.'),
    problem,
  };
}

const hasDuplicateIds = (entries: readonly { id: string }[]) =>
  new Set(entries.map((e) => e.id)).size !== entries.length;

/**
 * `fileBytes`: the file's size where the caller has it (a Blob's size), so the size rule need not
 * encode the whole text again to count its bytes.
 */
export function parseBoardFile(fileText: string, fileBytes?: number): ParseResult {
  // A UTF-8 byte order mark (an editor on Windows may add one) is not JSON whitespace: without it
  // the file is ours and whole, so it is dropped rather than reported as cut off.
  const text = fileText.charCodeAt(0) === BYTE_ORDER_MARK ? fileText.slice(1) : fileText;
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only a text that could be too large is encoded to
  // count its bytes, since encoding a large file is not free.
  const tooLarge =
    fileBytes !== undefined
      ? fileBytes > MAX_FILE_BYTES
      : text.length > MAX_FILE_BYTES ||
        (text.length * 3 > MAX_FILE_BYTES && byteLength(text) > MAX_FILE_BYTES);
  if (tooLarge) return fail('tooLarge');

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const trimmed = text.trimStart();
    // Starts like our JSON but does not parse: most likely cut off during copy or download.
    if (trimmed.startsWith('{') && trimmed.includes('"format"')) return fail('truncated');
    return fail('notJson');
  }
  // Prototype-polluting keys make the whole file suspect. Looking at every key costs time, so it is
  // done only when such a key could be there at all: spelled out, or hidden behind a \u escape
  // (which JSON.stringify never writes for our German text).
  const hostile = SUSPECT_TEXT.test(text) ? findHostileKey(raw) : null;
  if (hostile) return fail('hostileKeys', { detail: hostile });

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('notOurFormat');
  const marker = (raw as Record<string, unknown>).format;
  const version = (raw as Record<string, unknown>).formatVersion;
  if (marker !== FORMAT_MARKER) return fail('notOurFormat');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('notOurFormat');
  if (version > CURRENT_FORMAT_VERSION) return fail('tooNew', { version });

  const migrated = migrateToCurrent(raw as Record<string, unknown>, version);
  // The header and the lists themselves first: without them there is no file to read.
  const header = boardFileHeaderSchema.safeParse(migrated);
  if (!header.success) {
    const issue = header.error.issues[0];
    return fail('invalidRecords', { detail: issue ? issue.path.join('.') : undefined });
  }
  // Then each record once, on its own: one that fails is left out and listed, the rest is read.
  const skipped: SkippedRecord[] = [];
  const lists: Partial<Record<RecordList, unknown[]>> = {};
  // Where each record read came from in the file, to name it in a later refusal.
  const origins: Partial<Record<RecordList, number[]>> = {};
  for (const list of RECORD_LIST_NAMES) {
    const records = header.data[list];
    if (records === undefined) continue;
    const schema = RECORD_SCHEMAS[list];
    const read: unknown[] = [];
    const from: number[] = [];
    for (let index = 0; index < records.length; index++) {
      const result = schema.safeParse(records[index]);
      if (result.success) {
        read.push(result.data);
        from.push(index);
        continue;
      }
      const hostile = result.error.issues.find(isHostile);
      if (hostile) return fail('invalidRecords', locate(migrated, [list, index, ...hostile.path]));
      skipped.push(skippedRecord(migrated, list, index, records[index], result.error.issues[0]!));
    }
    lists[list] = read;
    origins[list] = from;
  }
  // Validated field by field above; the schema's looser index types are narrowed to the app's types here.
  const file = { ...header.data, ...lists } as unknown as BoardFile;

  const excess = findExtraExcess(file);
  if (excess) {
    const [list, index, ...rest] = excess.path;
    const origin = typeof index === 'number' ? origins[list as RecordList]?.[index] : undefined;
    const path = origin === undefined ? excess.path : [list!, origin, ...rest];
    return fail('extraTooLarge', { ...locate(migrated, path), bound: excess.reason });
  }

  for (const [name, records] of [
    ['items', file.items],
    ['channels', file.channels],
    ['members', file.members],
    ['standups', file.standups ?? []],
    ['blobs', file.blobs.map((b) => ({ id: b.hash }))],
  ] as const) {
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.id)) return fail('duplicateIds', { detail: `${name}: ${record.id}` });
      seen.add(record.id);
    }
  }

  // Checklist entries and attachments merge per entry by id, so two entries with one id in one item
  // (a hand-edited or damaged file) are repaired, not refused: they are merged with each other exactly
  // as if they had come from two files (the later clock wins; equal clocks are broken by the value).
  // That is deterministic and independent of their order, so the merge laws still hold; refusing would
  // block the whole file for a damage the merge resolves anyway when the item is merged at all.
  for (const item of file.items) {
    if (hasDuplicateIds(item.checklist)) item.checklist = mergeChecklist([], item.checklist);
    if (item.attachments && hasDuplicateIds(item.attachments))
      item.attachments = mergeAttachments([], item.attachments);
  }

  return { ok: true, value: file, skipped };
}
