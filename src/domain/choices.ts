// Which channels / team members a picker offers. Retired ones stay on old items but are not offered
// for new ones: a picker shows the active entries plus any retired entry the item already carries,
// so it stays visible (and can be removed) instead of silently disappearing.

export interface Retirable {
  id: string;
  retired: boolean;
}

export function offeredChoices<T extends Retirable>(all: readonly T[], selectedIds: readonly string[]): T[] {
  const selected = new Set(selectedIds);
  return all.filter((entry) => !entry.retired || selected.has(entry.id));
}
