// Loads the demo board (~40 items of a town's year, domain/demoBoard.ts) into an EMPTY board, members
// and items in one transaction: either the whole demo arrives or nothing does.
import { format } from 'date-fns';
import { COLUMN_IDS, type ColumnId } from '../../domain/columns';
import { buildDemoBoard, type DemoMemberKey } from '../../domain/demoBoard';
import { createItem } from '../../domain/items';
import { rankBetween, ranksBetween } from '../../domain/rank';
import type { Item, Member } from '../../domain/types';
import { db } from '../db/db';
import { seedDefaults } from './seedDefaults';
import { write, type WriteContext } from '../db/write';

/** Reuse a member of the same name (someone may have added "Anna Becker" already), else create one. */
async function ensureMembers(names: { key: DemoMemberKey; name: string }[], ctx: WriteContext) {
  const existing = await db.members.orderBy('rank').toArray();
  const ids = new Map<DemoMemberKey, string>();
  let lastRank = existing.at(-1)?.rank ?? null;
  for (const { key, name } of names) {
    const match = existing.find(
      (m) => !m.deleted && m.name.toLocaleLowerCase('de') === name.toLocaleLowerCase('de'),
    );
    if (match) {
      ids.set(key, match.id);
      continue;
    }
    lastRank = rankBetween(lastRank, null);
    const at = ctx.stamp();
    const member: Member = {
      id: ctx.newId(),
      name,
      retired: false,
      rank: lastRank,
      deleted: false,
      clocks: { name: at, retired: at, rank: at, deleted: at },
    };
    await db.members.add(member);
    ids.set(key, member.id);
  }
  return ids;
}

/** Creates the demo board if the board has no items; returns how many items were created (0 = refused). */
export async function loadDemoData(): Promise<number> {
  // The demo uses the default channels; make sure they exist (idempotent, normally done at app start).
  await seedDefaults();
  return write([db.items, db.members], async (ctx) => {
    const present = await db.items.filter((i) => !i.deleted).count();
    if (present > 0) return 0;
    const demo = buildDemoBoard(format(new Date(ctx.now), 'yyyy-MM-dd'));
    const memberIds = await ensureMembers(demo.members, ctx);

    const perColumn = new Map<ColumnId, typeof demo.items>(COLUMN_IDS.map((c) => [c, []]));
    for (const input of demo.items) perColumn.get(input.column)!.push(input);

    const items: Item[] = [];
    for (const [column, inputs] of perColumn) {
      const ranks = ranksBetween(null, null, inputs.length);
      inputs.forEach(({ assignee, checklistDone, ...input }, index) => {
        const item = createItem(
          { ...input, column, rank: ranks[index]!, assigneeId: assignee ? memberIds.get(assignee)! : null },
          ctx.now,
          ctx.stamp,
          ctx.newId,
        );
        const done = new Set<string>(checklistDone);
        item.checklist = item.checklist.map((entry) => ({ ...entry, done: done.has(entry.label) }));
        items.push(item);
      });
    }
    await db.items.bulkAdd(items);
    return items.length;
  });
}
