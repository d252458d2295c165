// Bounds on the unknown extra fields of a board file's records (MAX_EXTRA_DEPTH, MAX_EXTRA_SIZE in
// format.ts). The schema keeps such fields without looking inside them, so they are measured here,
// after validation: iteratively, with an explicit stack, and stopping at the first excess, so no
// nesting depth or size can overflow the stack or take long.
import type { BoardFile } from './format';
import { MAX_EXTRA_DEPTH, MAX_EXTRA_SIZE } from './format';
import {
  attachmentSchema,
  boardFileSchema,
  channelSchema,
  checklistEntrySchema,
  fileBlobSchema,
  itemSchema,
  memberSchema,
  standupDecisionSchema,
  standupSchema,
} from './schema';

const keysOf = (schema: { shape: object }, ...more: string[]): ReadonlySet<string> =>
  new Set([...Object.keys(schema.shape), ...more]);

const KNOWN = {
  file: keysOf(boardFileSchema),
  item: keysOf(itemSchema, 'attachments'),
  entry: keysOf(checklistEntrySchema),
  attachment: keysOf(attachmentSchema),
  channel: keysOf(channelSchema),
  member: keysOf(memberSchema),
  standup: keysOf(standupSchema),
  decision: keysOf(standupDecisionSchema),
  blob: keysOf(fileBlobSchema),
};

export interface ExtraExcess {
  /** Path from the file's root to the unknown field (e.g. ["items", 3, "checklist", 0, "note"]). */
  path: (string | number)[];
  reason: 'depth' | 'size';
}

interface Budget {
  left: number;
}

/** Measures one value; the outermost object or array is level 1. */
function measure(value: unknown, budget: Budget): ExtraExcess['reason'] | null {
  const stack: [unknown, number][] = [[value, 1]];
  budget.left -= 1;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current === 'string') {
      budget.left -= current.length;
      if (budget.left < 0) return 'size';
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth > MAX_EXTRA_DEPTH) return 'depth';
    // Counted when pushed, so the stack never holds more than the budget allows.
    if (Array.isArray(current))
      for (const child of current as unknown[]) {
        budget.left -= 1;
        if (budget.left < 0) return 'size';
        stack.push([child, depth + 1]);
      }
    else
      for (const key in current) {
        budget.left -= 1 + key.length;
        if (budget.left < 0) return 'size';
        stack.push([(current as Record<string, unknown>)[key], depth + 1]);
      }
  }
  return null;
}

/** The first unknown field of `record` over the bounds, as a path below the record. */
function excessIn(
  record: object,
  known: ReadonlySet<string>,
  budget: Budget,
): [string, ExtraExcess['reason']] | null {
  for (const key in record) {
    if (known.has(key)) continue;
    budget.left -= key.length;
    const reason = measure((record as Record<string, unknown>)[key], budget);
    if (reason) return [key, reason];
  }
  return null;
}

/** The first unknown field of the file over the bounds (after schema validation), or null. */
export function findExtraExcess(file: BoardFile): ExtraExcess | null {
  const header = excessIn(file, KNOWN.file, { left: MAX_EXTRA_SIZE });
  if (header) return { path: [header[0]], reason: header[1] };

  const lists: [string, readonly object[], ReadonlySet<string>][] = [
    ['channels', file.channels, KNOWN.channel],
    ['members', file.members, KNOWN.member],
    ['blobs', file.blobs, KNOWN.blob],
  ];
  for (const [name, records, known] of lists)
    for (let i = 0; i < records.length; i++) {
      const excess = excessIn(records[i]!, known, { left: MAX_EXTRA_SIZE });
      if (excess) return { path: [name, i, excess[0]], reason: excess[1] };
    }

  for (let i = 0; i < file.items.length; i++) {
    const item = file.items[i]!;
    const budget = { left: MAX_EXTRA_SIZE };
    const own = excessIn(item, KNOWN.item, budget);
    if (own) return { path: ['items', i, own[0]], reason: own[1] };
    for (const [name, entries, known] of [
      ['checklist', item.checklist, KNOWN.entry],
      ['attachments', item.attachments ?? [], KNOWN.attachment],
    ] as const)
      for (let j = 0; j < entries.length; j++) {
        const excess = excessIn(entries[j]!, known, budget);
        if (excess) return { path: ['items', i, name, j, excess[0]], reason: excess[1] };
      }
  }

  const standups = file.standups ?? [];
  for (let i = 0; i < standups.length; i++) {
    const record = standups[i]!;
    const budget = { left: MAX_EXTRA_SIZE };
    const own = excessIn(record, KNOWN.standup, budget);
    if (own) return { path: ['standups', i, own[0]], reason: own[1] };
    for (let j = 0; j < record.decisions.length; j++) {
      const excess = excessIn(record.decisions[j]!, KNOWN.decision, budget);
      if (excess) return { path: ['standups', i, 'decisions', j, excess[0]], reason: excess[1] };
    }
  }
  return null;
}
