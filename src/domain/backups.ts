// Rules for automatic backups (daily snapshots in IndexedDB), their rotation and the reminder to
// export a board file. Pure: time is always a parameter (epoch milliseconds).
import type { BoardRecords } from './merge';

export const DAILY_KEEP = 14;
export const IMPORT_KEEP = 10;
export const RESTORE_KEEP = 10;
export const EXPORT_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type SnapshotReason = 'daily' | 'import' | 'restore';

export interface SnapshotInfo {
  id: string;
  createdAt: number;
  reason: string;
  /** Board fingerprint at the time of the snapshot (daily and restore snapshots carry one). */
  fingerprint?: string;
}

/**
 * A cheap summary that changes whenever the board changes: every write stamps a newer HLC clock, a
 * deletion is a tombstone (a stamped field) and a restore brings back other records (other counts
 * or an older latest stamp).
 */
export function boardFingerprint(records: BoardRecords): string {
  let latest = '';
  for (const list of [records.items, records.channels, records.members])
    for (const record of list)
      for (const stamp of Object.values(record.clocks) as (string | undefined)[])
        if (stamp && latest < stamp) latest = stamp;
  return `${records.items.length}/${records.channels.length}/${records.members.length}/${latest}`;
}

/** Local calendar day of a moment, e.g. 2026-11-25: "once a day" means once per day she sees. */
export function calendarDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The last daily backup was taken on today's calendar day: nothing more to do until tomorrow. */
export function backedUpToday(lastDailyAt: number | undefined, now: number): boolean {
  return lastDailyAt !== undefined && calendarDay(lastDailyAt) === calendarDay(now);
}

/**
 * Whether a daily snapshot is due: at most one per calendar day, and only when the board changed
 * since the last daily one. The very first one waits until the board holds at least one item.
 */
export function shouldTakeDailyBackup(
  lastDaily: SnapshotInfo | undefined,
  fingerprint: string,
  itemCount: number,
  now: number,
): boolean {
  if (!lastDaily) return itemCount > 0;
  if (backedUpToday(lastDaily.createdAt, now)) return false;
  return lastDaily.fingerprint !== fingerprint;
}

const KEEP: Record<string, number> = { daily: DAILY_KEEP, import: IMPORT_KEEP, restore: RESTORE_KEEP };

/**
 * Ids of snapshots to delete: each reason keeps only its newest ones (14 daily, 10 import, 10
 * restore), so a burst of imports never pushes out the daily history. Unknown reasons are kept.
 */
export function snapshotsToDelete(snapshots: readonly SnapshotInfo[]): string[] {
  const byReason = new Map<string, SnapshotInfo[]>();
  for (const s of snapshots) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
  const doomed: string[] = [];
  for (const [reason, list] of byReason) {
    const keep = KEEP[reason];
    if (keep === undefined) continue;
    const newestFirst = [...list].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
    doomed.push(...newestFirst.slice(keep).map((s) => s.id));
  }
  return doomed;
}

export type ExportReminder =
  | { due: false }
  /** daysAgo null: never exported. */
  | { due: true; daysAgo: number | null };

/**
 * Remind her to export a board file (the only copy outside this browser) when the last export is
 * older than 7 days, or when she never exported and the board has items. An empty board needs no file.
 */
export function exportReminder(
  lastExportAt: number | undefined,
  now: number,
  itemCount: number,
): ExportReminder {
  if (itemCount === 0) return { due: false };
  if (lastExportAt === undefined) return { due: true, daysAgo: null };
  const daysAgo = Math.floor((now - lastExportAt) / DAY_MS);
  return now - lastExportAt > EXPORT_REMINDER_DAYS * DAY_MS ? { due: true, daysAgo } : { due: false };
}

/** Bytes as German (or English) text with one decimal: "12,3 MB", "1,2 GB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
