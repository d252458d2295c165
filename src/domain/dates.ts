// Calendar-day helpers small enough for the board's first download (no date library needed here).

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `date` as yyyy-MM-dd (the publish-date format of items). */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
