// A new board's default channels, added once on first open. Apart from the settings commands: the
// app runs this at every start, so it is part of the board's first download.
import { DEFAULT_CHANNELS } from '../../domain/defaults';
import { rankBetween } from '../../domain/rank';
import type { Channel } from '../../domain/types';
import { db } from '../db/db';
import { write } from '../db/write';

/** Default channels get fixed ids, so two colleagues' fresh boards merge into one Instagram, not two. */
export const defaultChannelId = (key: string) => `channel-${key}`;

const SEEDED_KEY = 'seededDefaults';

/** First open: add the default channels once (idempotent across tabs: checked inside the transaction). */
export async function seedDefaults(): Promise<void> {
  // Runs at every start: a board seeded before needs no read-write transaction (and no clock write)
  // while the board is opening. The check inside the write stays, for two tabs opened at once.
  if (await db.meta.get(SEEDED_KEY)) return;
  await write([db.channels], async (ctx) => {
    if (await db.meta.get(SEEDED_KEY)) return;
    let rank: string | null = null;
    for (const d of DEFAULT_CHANNELS) {
      rank = rankBetween(rank, null);
      const at = ctx.stamp();
      const channel: Channel = {
        id: defaultChannelId(d.key),
        name: d.name,
        color: d.color,
        weeklyTarget: d.weeklyTarget,
        visual: d.visual,
        retired: false,
        rank,
        deleted: false,
        clocks: { name: at, color: at, weeklyTarget: at, visual: at, retired: at, rank: at, deleted: at },
      };
      // Never overwrite a channel that arrived from elsewhere with the same id.
      if (!(await db.channels.get(channel.id))) await db.channels.add(channel);
    }
    await db.meta.put({ key: SEEDED_KEY, value: ctx.now });
  });
}
