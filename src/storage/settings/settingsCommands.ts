// Commands for channels and team members (Einstellungen). A new board's defaults are seeded by
// seedDefaults.ts, which the board's first download needs and these edits do not.
import { rankBetween } from '../../domain/rank';
import type { Channel, ChannelField, Member, MemberField } from '../../domain/types';
import { db } from '../db/db';
import { InputError } from '../db/errors';
import { write, type WriteContext } from '../db/write';

function stampChanged<T extends { clocks: Partial<Record<F, string>> }, F extends string>(
  row: T,
  edit: Partial<Record<F, unknown>>,
  ctx: WriteContext,
): T | null {
  const changed = (Object.keys(edit) as F[]).filter(
    (k) => edit[k] !== undefined && edit[k] !== (row as Record<string, unknown>)[k],
  );
  if (changed.length === 0) return null;
  const at = ctx.stamp();
  const next = { ...row, ...edit, clocks: { ...row.clocks } };
  for (const k of changed) next.clocks[k] = at;
  return next;
}

export type ChannelEdit = Partial<Pick<Channel, 'name' | 'color' | 'weeklyTarget' | 'retired' | 'visual'>>;

export class SettingsValidationError extends InputError {
  constructor(readonly key: 'nameEmpty' | 'nameTaken' | 'targetInvalid' | 'colorInvalid') {
    super(key);
    this.name = 'SettingsValidationError';
  }
}

function validateChannelEdit(edit: ChannelEdit, others: Channel[]): void {
  if (edit.name !== undefined) {
    const name = edit.name.trim();
    if (name === '') throw new SettingsValidationError('nameEmpty');
    if (others.some((c) => !c.deleted && c.name.toLocaleLowerCase('de') === name.toLocaleLowerCase('de')))
      throw new SettingsValidationError('nameTaken');
  }
  if (
    edit.weeklyTarget !== undefined &&
    (!Number.isInteger(edit.weeklyTarget) || edit.weeklyTarget < 0 || edit.weeklyTarget > 100)
  )
    throw new SettingsValidationError('targetInvalid');
  if (edit.color !== undefined && !/^#[0-9a-f]{6}$/i.test(edit.color))
    throw new SettingsValidationError('colorInvalid');
}

export async function createChannel(input: {
  name: string;
  color: string;
  weeklyTarget: number;
}): Promise<string> {
  return write([db.channels], async (ctx) => {
    const all = await db.channels.orderBy('rank').toArray();
    validateChannelEdit(input, all);
    const at = ctx.stamp();
    const channel: Channel = {
      id: ctx.newId(),
      name: input.name.trim(),
      color: input.color,
      weeklyTarget: input.weeklyTarget,
      visual: false,
      retired: false,
      rank: rankBetween(all.at(-1)?.rank ?? null, null),
      deleted: false,
      clocks: { name: at, color: at, weeklyTarget: at, visual: at, retired: at, rank: at, deleted: at },
    };
    await db.channels.add(channel);
    return channel.id;
  });
}

export async function updateChannel(id: string, edit: ChannelEdit): Promise<void> {
  await write([db.channels], async (ctx) => {
    const channel = await db.channels.get(id);
    if (!channel) throw new Error(`Channel ${id} not found`);
    const others = (await db.channels.toArray()).filter((c) => c.id !== id);
    validateChannelEdit(edit, others);
    const trimmed = edit.name !== undefined ? { ...edit, name: edit.name.trim() } : edit;
    const next = stampChanged<Channel, ChannelField>(channel, trimmed, ctx);
    if (next) await db.channels.put(next);
  });
}

export async function createMember(name: string): Promise<string> {
  return write([db.members], async (ctx) => {
    const trimmed = name.trim();
    if (trimmed === '') throw new SettingsValidationError('nameEmpty');
    const all = await db.members.orderBy('rank').toArray();
    if (all.some((m) => !m.deleted && m.name.toLocaleLowerCase('de') === trimmed.toLocaleLowerCase('de')))
      throw new SettingsValidationError('nameTaken');
    const at = ctx.stamp();
    const member: Member = {
      id: ctx.newId(),
      name: trimmed,
      retired: false,
      rank: rankBetween(all.at(-1)?.rank ?? null, null),
      deleted: false,
      clocks: { name: at, retired: at, rank: at, deleted: at },
    };
    await db.members.add(member);
    return member.id;
  });
}

export async function updateMember(
  id: string,
  edit: Partial<Pick<Member, 'name' | 'retired'>>,
): Promise<void> {
  await write([db.members], async (ctx) => {
    const member = await db.members.get(id);
    if (!member) throw new Error(`Member ${id} not found`);
    if (edit.name !== undefined) {
      const trimmed = edit.name.trim();
      if (trimmed === '') throw new SettingsValidationError('nameEmpty');
      const others = (await db.members.toArray()).filter((m) => m.id !== id && !m.deleted);
      if (others.some((m) => m.name.toLocaleLowerCase('de') === trimmed.toLocaleLowerCase('de')))
        throw new SettingsValidationError('nameTaken');
      edit = { ...edit, name: trimmed };
    }
    const next = stampChanged<Member, MemberField>(member, edit, ctx);
    if (next) await db.members.put(next);
  });
}

/** The validation key of an error from a settings command, or null for any other failure. */
export function settingsValidationKey(error: unknown): SettingsValidationError['key'] | null {
  return error instanceof SettingsValidationError ? error.key : null;
}
