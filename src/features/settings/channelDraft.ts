// What the user typed in a channel row, before saving: only the fields touched, as typed.
import type { Channel } from '../../domain/types';
import type { ChannelEdit } from '../../storage/settings/settingsCommands';
import type { SettingsErrorKey } from './settingsError';

export interface ChannelDraft {
  name?: string;
  color?: string;
  /** As typed, so an empty or half-typed field can be shown and refused with a message. */
  weeklyTarget?: string;
  visual?: boolean;
}

export interface ChannelValues {
  name: string;
  color: string;
  weeklyTarget: string;
  visual: boolean;
}

export function currentValues(channel: Channel, draft: ChannelDraft): ChannelValues {
  return {
    name: draft.name ?? channel.name,
    color: draft.color ?? channel.color,
    weeklyTarget: draft.weeklyTarget ?? String(channel.weeklyTarget),
    visual: draft.visual ?? channel.visual,
  };
}

/** A weekly target as typed: a whole number 0–100, or null when it is not one. */
export function parseTarget(typed: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(typed)) return null;
  const n = Number(typed);
  return n <= 100 ? n : null;
}

/** The edit to save (only fields that differ from the stored channel), or a validation key. */
export function draftToEdit(
  channel: Channel,
  draft: ChannelDraft,
): { edit: ChannelEdit } | { error: SettingsErrorKey; field: 'weeklyTarget' } {
  const values = currentValues(channel, draft);
  const target = parseTarget(values.weeklyTarget);
  if (target === null) return { error: 'targetInvalid', field: 'weeklyTarget' };
  const edit: ChannelEdit = {};
  if (values.name !== channel.name) edit.name = values.name;
  if (values.color.toLowerCase() !== channel.color.toLowerCase()) edit.color = values.color.toLowerCase();
  if (target !== channel.weeklyTarget) edit.weeklyTarget = target;
  if (values.visual !== channel.visual) edit.visual = values.visual;
  return { edit };
}

export function isDirty(channel: Channel, draft: ChannelDraft): boolean {
  const values = currentValues(channel, draft);
  return (
    values.name !== channel.name ||
    values.color.toLowerCase() !== channel.color.toLowerCase() ||
    values.weeklyTarget.trim() !== String(channel.weeklyTarget) ||
    values.visual !== channel.visual
  );
}
