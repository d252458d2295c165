// Validation of an untrusted board file, field by field (zod 4). Every string is length-limited;
// unknown extra fields are kept (`looseObject`), so a newer minor addition survives a round-trip.
import * as z from 'zod';
import { COLUMN_IDS } from '../domain/columns';
import { hasRealTime, STAMP_PATTERN } from '../domain/hlc';
import { USAGE_RIGHTS } from '../domain/types';
import { isValidIsoDay } from '../domain/validate';
import { MAX_RECORDS, MAX_STRING_CHARS } from './format';

const text = z.string().max(MAX_STRING_CHARS);
const id = z.string().min(1).max(200);
/**
 * Names of the refinements below, carried in a failed check's `params.rule`, so parse.ts can tell the
 * user which rule a value broke (a time or a date that does not exist), not just that one did.
 */
export const RULES = { realStamp: 'realStamp', realDay: 'realDay' } as const;

// Only well-formed HLC stamps: a stamp like "zzz" sorts after every real one and would win forever.
// A stamp of the right shape whose time does not exist ("2026-99-99T99:99:99.999Z-…") would too: it
// sorts after every real stamp but cannot be read as a time, so it is never clamped. The pattern
// aborts on a mismatch, so the time is checked only on a string of its shape (without testing it
// twice: a file holds tens of thousands of stamps).
const stamp = z
  .string()
  .max(300)
  .regex(STAMP_PATTERN, { abort: true })
  .refine(hasRealTime, { params: { rule: RULES.realStamp } });
// A real calendar day (the rule the editor applies to what she types): "2026-02-30", "2026-13-45" or
// "0000-00-00" has the shape of a day but would be shown, counted and sorted as some other day.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true })
  .refine(isValidIsoDay, { params: { rule: RULES.realDay } });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const rank = z.string().min(1).max(1000);
const clocks = z.record(z.string().max(100), stamp);

export const checklistEntrySchema = z.looseObject({
  id,
  label: text,
  done: z.boolean(),
  rank: rank.optional(),
  deleted: z.boolean(),
  clock: stamp,
});

export const itemSchema = z.looseObject({
  id,
  title: text,
  brief: text,
  department: text,
  contact: text,
  channelIds: z.array(id).max(1000),
  publishDate: day.nullable(),
  publishTime: time.nullable(),
  assigneeId: id.nullable(),
  urgent: z.boolean(),
  notes: text,
  column: z.enum(COLUMN_IDS),
  rank,
  checklist: z.array(checklistEntrySchema).max(1000),
  archived: z.boolean(),
  deleted: z.boolean(),
  createdAt: z.number().finite(),
  updatedAt: z.number().finite(),
  clocks,
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const mimeType = z.string().max(200);

/** An attachment record with its rights (format version 2). */
export const attachmentSchema = z.looseObject({
  id,
  hash: sha256,
  name: text.max(1000),
  type: mimeType,
  size: z.number().int().min(0),
  addedAt: z.number().finite(),
  creator: text,
  usage: z.enum(USAGE_RIGHTS).nullable(),
  usageNote: text,
  peopleRecognisable: z.boolean().nullable(),
  peopleConsent: z.boolean(),
  peopleConsentDate: day.nullable(),
  minorsShown: z.boolean().nullable(),
  guardianConsent: z.boolean(),
  guardianConsentDate: day.nullable(),
  deleted: z.boolean(),
  clock: stamp,
});

/** Largest attachment carried in a file (the app's own limit for videos). */
const MAX_BLOB_BYTES = 100 * 1024 * 1024;

export const fileBlobSchema = z.looseObject({
  hash: sha256,
  type: mimeType,
  size: z.number().int().min(0).max(MAX_BLOB_BYTES),
  base64: z
    .string()
    .max(Math.ceil(MAX_BLOB_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export const channelSchema = z.looseObject({
  id,
  name: text,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  weeklyTarget: z.number().int().min(0).max(1000),
  retired: z.boolean(),
  visual: z.boolean(),
  rank,
  deleted: z.boolean(),
  clocks,
});

export const memberSchema = z.looseObject({
  id,
  name: text,
  retired: z.boolean(),
  rank,
  deleted: z.boolean(),
  clocks,
});

export const standupDecisionSchema = z.looseObject({
  itemId: id,
  itemTitle: text,
  kind: z.enum(['moved', 'rescheduled', 'approved', 'published', 'reassigned', 'other']),
  detail: text,
  at: z.number().finite(),
});

export const standupSchema = z.looseObject({
  id,
  day,
  startedAt: z.number().finite(),
  endedAt: z.number().finite(),
  durationMs: z.number().finite().min(0),
  notes: text,
  decisions: z.array(standupDecisionSchema).max(10_000),
  deleted: z.boolean(),
  clock: stamp,
});

export const boardFileV1Schema = z.looseObject({
  format: z.literal('redaktionsplan'),
  formatVersion: z.literal(1),
  exportedAt: z.string().max(100),
  deviceId: z.string().max(200),
  boardName: text.optional(),
  items: z.array(itemSchema).max(MAX_RECORDS),
  channels: z.array(channelSchema).max(10_000),
  members: z.array(memberSchema).max(10_000),
  // Added within version 1 (optional): files from before stand-ups have none.
  standups: z.array(standupSchema).max(MAX_RECORDS).optional(),
  // Added within version 1 (optional): original stamp → clamped stamp (boardfile/skew.ts checks the pairs).
  stampClamps: z
    .record(stamp, stamp)
    .refine((clamps) => Object.keys(clamps).length <= 20 * MAX_RECORDS)
    .optional(),
});

export type BoardFileV1 = z.infer<typeof boardFileV1Schema>;

/** An item of version 2: with its attachments. */
export const itemV2Schema = itemSchema.extend({ attachments: z.array(attachmentSchema).max(1000) });

/** Version 2: items carry attachments; the file carries their bytes. */
export const boardFileV2Schema = boardFileV1Schema.extend({
  formatVersion: z.literal(2),
  // Added within version 2 (optional): one stamp per device that ever edited the board.
  seen: z
    .record(z.string().max(200), stamp)
    .refine((seen) => Object.keys(seen).length <= 10_000)
    .optional(),
  items: z.array(itemV2Schema).max(MAX_RECORDS),
  blobs: z.array(fileBlobSchema).max(MAX_RECORDS),
});

/** The schema of the current format version (files are migrated to it before validation). */
export const boardFileSchema = boardFileV2Schema;

const records = (max: number) => z.array(z.unknown()).max(max);

/**
 * The current version's header with its record lists as lists of anything: parse.ts checks the
 * header with this, then each record on its own with RECORD_SCHEMAS, so a record that fails is left
 * out instead of failing the file (and no record is validated twice).
 */
export const boardFileHeaderSchema = boardFileV2Schema.extend({
  items: records(MAX_RECORDS),
  channels: records(10_000),
  members: records(10_000),
  standups: records(MAX_RECORDS).optional(),
  blobs: records(MAX_RECORDS),
});

/** The schema of one record of each list of the current version. */
export const RECORD_SCHEMAS = {
  items: itemV2Schema,
  channels: channelSchema,
  members: memberSchema,
  standups: standupSchema,
  blobs: fileBlobSchema,
} as const;
