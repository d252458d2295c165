// The five workflow columns, in board order. Ids are stable storage keys; titles come from i18n.
export const COLUMN_IDS = ['idee', 'themeninfo', 'entwurf', 'freigegeben', 'veroeffentlicht'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}

/** Neighbouring column to the left (-1) or right (+1); null at the board's edge. */
export function neighbourColumn(column: ColumnId, direction: -1 | 1): ColumnId | null {
  const index = COLUMN_IDS.indexOf(column) + direction;
  return COLUMN_IDS[index] ?? null;
}
