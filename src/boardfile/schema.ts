// Validation of an untrusted board file, field by field (zod 4). Every string is length-limited;
// unknown extra fields are kept (`looseObject`), so a newer minor addition survives a round-trip.
import * as z from 'zod';
import { COLUMN_IDS } from '../domain/columns';
import { STAMP_PATTERN } from '../domain/hlc';
import { MAX_RECORDS, MAX_STRING_CHARS } from './format';

const text = z.string().max(MAX_STRING_CHARS);
const id = z.string().min(1).max(200);
// Only well-formed HLC stamps: a stamp like "zzz" sorts after every real one and would win forever.
const stamp = z.string().max(300).regex(STAMP_PATTERN);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
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
});

export type BoardFileV1 = z.infer<typeof boardFileV1Schema>;
