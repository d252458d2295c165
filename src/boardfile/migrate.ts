// Step-by-step migration of older board-file versions to the current one. Version 1 is the first
// shipped format, so there is nothing to migrate yet; each future version adds one step here
// (v1→v2, v2→v3 …) and a fixture of the old version in tests/boardfile/fixtures.
import { CURRENT_FORMAT_VERSION } from './format';

type Step = (file: Record<string, unknown>) => Record<string, unknown>;

const STEPS: Record<number, Step> = {};

export function migrateToCurrent(file: Record<string, unknown>, version: number): Record<string, unknown> {
  let current = file;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`No migration from board-file version ${v}`);
    current = { ...step(current), formatVersion: v + 1 };
  }
  return current;
}
