// parse → check marker and version → migrate → validate → check references. Pure: nothing is written;
// every failure is a typed error the UI turns into a German message (i18n boardfile errors).
import { CURRENT_FORMAT_VERSION, FORMAT_MARKER, MAX_FILE_BYTES, type BoardFile } from './format';
import { migrateToCurrent } from './migrate';
import { boardFileSchema } from './schema';

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
  | 'blobMismatch';

export interface ParseError {
  kind: ParseErrorKind;
  /** Where the problem is (e.g. "items[12].publishDate"), for the detail line of the message. */
  detail?: string;
  /** For tooNew: the version the file has. */
  version?: number;
}

export type ParseResult = { ok: true; value: BoardFile } | { ok: false; error: ParseError };

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SUSPECT_TEXT = /__proto__|constructor|prototype|\\u/;

function fail(kind: ParseErrorKind, extra: Omit<ParseError, 'kind'> = {}): ParseResult {
  return { ok: false, error: { kind, ...extra } };
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function parseBoardFile(text: string): ParseResult {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only a text that could be too large is encoded to
  // count (that costs a 13 MB file ~20 ms).
  if (text.length > MAX_FILE_BYTES || (text.length * 3 > MAX_FILE_BYTES && byteLength(text) > MAX_FILE_BYTES))
    return fail('tooLarge');

  let hostile: string | null = null;
  let raw: unknown;
  try {
    // The reviver sees every key; prototype-polluting keys make the whole file suspect. It halves
    // parsing speed, so it runs only when such a key could be there at all: spelled out, or hidden
    // behind a \u escape (which JSON.stringify never writes for our German text).
    raw = SUSPECT_TEXT.test(text)
      ? JSON.parse(text, function (key, value: unknown) {
          if (HOSTILE_KEYS.has(key)) hostile = key;
          return value;
        })
      : JSON.parse(text);
  } catch {
    const trimmed = text.trimStart();
    // Starts like our JSON but does not parse: most likely cut off during copy or download.
    if (trimmed.startsWith('{') && trimmed.includes('"format"')) return fail('truncated');
    return fail('notJson');
  }
  if (hostile) return fail('hostileKeys', { detail: hostile });

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('notOurFormat');
  const marker = (raw as Record<string, unknown>).format;
  const version = (raw as Record<string, unknown>).formatVersion;
  if (marker !== FORMAT_MARKER) return fail('notOurFormat');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('notOurFormat');
  if (version > CURRENT_FORMAT_VERSION) return fail('tooNew', { version });

  const migrated = migrateToCurrent(raw as Record<string, unknown>, version);
  const result = boardFileSchema.safeParse(migrated);
  if (!result.success) {
    const issue = result.error.issues[0];
    return fail('invalidRecords', { detail: issue ? issue.path.join('.') : undefined });
  }
  // Validated field by field above; the schema's looser index types are narrowed to the app's types here.
  const file = result.data as unknown as BoardFile;

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

  return { ok: true, value: file };
}
