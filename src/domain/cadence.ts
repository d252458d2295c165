// Channel cadence: how many posts each channel has planned in a week against its weekly target
// ("Instagram: 4 von 7"). Used by the stand-up's "Fehlt noch" and the calendar's channel rows.
import { addDays, weekStart } from './calendarDays';
import type { Channel, Item } from './types';

export interface ChannelCadence {
  channel: Channel;
  /** Items carrying the channel with a publish date in the week (any column, archived included). */
  planned: number;
  /** Posts per week the team aims for; 0 = no target. */
  target: number;
  /** How many are missing to reach the target (0 when reached or no target). */
  missing: number;
}

/**
 * Planned vs target per channel for the ISO week containing `day`. Deleted items do not count;
 * archived ones do (archiving a published post does not undo the post). Retired channels are left
 * out unless something is still planned on them that week. Channels keep their settings order.
 */
export function weeklyCadence(
  items: readonly Item[],
  channels: readonly Channel[],
  day: string,
): ChannelCadence[] {
  const from = weekStart(day);
  const to = addDays(from, 6);
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.deleted || !item.publishDate || item.publishDate < from || item.publishDate > to) continue;
    for (const channelId of new Set(item.channelIds)) counts.set(channelId, (counts.get(channelId) ?? 0) + 1);
  }
  return channels
    .filter((channel) => !channel.deleted && (!channel.retired || (counts.get(channel.id) ?? 0) > 0))
    .map((channel) => {
      const planned = counts.get(channel.id) ?? 0;
      const target = channel.retired ? 0 : channel.weeklyTarget;
      return { channel, planned, target, missing: Math.max(0, target - planned) };
    });
}

/** Channels below their weekly target, for the stand-up's "Fehlt noch". */
export function channelsBelowTarget(cadence: readonly ChannelCadence[]): ChannelCadence[] {
  return cadence.filter((row) => row.missing > 0);
}
