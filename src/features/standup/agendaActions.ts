// The stand-up's one-key actions. Each changes the item at once through the normal item commands and,
// while a stand-up runs, writes the decision into it (the record says what was decided).
import { addDays, germanDate } from '../../domain/calendarDays';
import type { Item, StandupDecision } from '../../domain/types';
import { de as standupDe } from '../../i18n/standup';
import { moveItem, updateItem } from '../../storage/items/itemCommands';
import { recordStandupDecision } from '../../storage/standup/standupCommands';

export type AgendaAction =
  | { kind: 'tomorrow' }
  | { kind: 'nextWeek' }
  | { kind: 'date'; day: string }
  | { kind: 'published' }
  | { kind: 'approve' }
  /** Zuständig: `assigneeId` null = nobody; `name` is written into the decision as it reads today. */
  | { kind: 'assign'; assigneeId: string | null; name: string };

/** The new publish date of a reschedule (the time of day is kept: only the date changes). */
export function targetDay(action: AgendaAction, today: string): string | null {
  if (action.kind === 'tomorrow') return addDays(today, 1);
  if (action.kind === 'nextWeek') return addDays(today, 7);
  if (action.kind === 'date') return action.day;
  return null;
}

export type ActionOutcome =
  | { kind: 'rescheduled'; day: string }
  | { kind: 'published' }
  | { kind: 'approved' }
  | { kind: 'reassigned'; name: string };

export async function runAgendaAction(
  item: Item,
  action: AgendaAction,
  today: string,
  standupId: string | null,
): Promise<ActionOutcome> {
  const detail = standupDe.decisionDetail;
  let outcome: ActionOutcome;
  let decision: Omit<StandupDecision, 'at' | 'itemId' | 'itemTitle'>;
  const day = targetDay(action, today);
  if (day !== null) {
    await updateItem(item.id, { publishDate: day });
    outcome = { kind: 'rescheduled', day };
    decision = {
      kind: 'rescheduled',
      detail: detail.rescheduled(item.publishDate ? germanDate(item.publishDate) : null, germanDate(day)),
    };
  } else if (action.kind === 'assign') {
    await updateItem(item.id, { assigneeId: action.assigneeId });
    outcome = { kind: 'reassigned', name: action.name };
    decision = { kind: 'reassigned', detail: detail.reassigned(action.assigneeId ? action.name : null) };
  } else if (action.kind === 'published') {
    await moveItem(item.id, { column: 'veroeffentlicht', at: 'top' });
    outcome = { kind: 'published' };
    decision = { kind: 'published', detail: detail.published };
  } else {
    await moveItem(item.id, { column: 'freigegeben', at: 'top' });
    outcome = { kind: 'approved' };
    decision = { kind: 'approved', detail: detail.approved };
  }
  if (standupId)
    await recordStandupDecision(standupId, { ...decision, itemId: item.id, itemTitle: item.title });
  return outcome;
}
