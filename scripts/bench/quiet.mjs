// Waits until this machine is quiet before a measured navigation starts. Seeding thousands of items
// leaves the browser's storage busy (LevelDB compaction) for seconds, and a closed page is still being
// torn down; both ran into the next cold open on this 2-core machine and were measured as the app's
// load time. The figure is the board's own load: it starts when the machine is idle (as when a press
// officer opens the app), or after `maxMs` anyway.
import { readFileSync } from 'node:fs';

/** Jiffies spent busy and in total, summed over all CPUs (/proc/stat); null off Linux. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves once the machine's CPUs were less than `threshold` busy over the last `windowMs`, or after
 * `maxMs`. Returns how long it waited and whether it timed out (reported, never fatal).
 */
export async function untilQuiet({ windowMs = 500, threshold = 0.1, maxMs = 15_000 } = {}) {
  const start = Date.now();
  const step = 100;
  const samples = [cpuTimes()];
  if (!samples[0]) return { waitedMs: 0, timedOut: false };
  for (;;) {
    await sleep(step);
    samples.push(cpuTimes());
    const back = samples[Math.max(0, samples.length - 1 - windowMs / step)];
    const now = samples[samples.length - 1];
    const waited = Date.now() - start;
    if (
      samples.length > windowMs / step &&
      (now.busy - back.busy) / Math.max(1, now.total - back.total) < threshold
    )
      return { waitedMs: waited, timedOut: false };
    if (waited > maxMs) return { waitedMs: waited, timedOut: true };
  }
}
