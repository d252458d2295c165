// Step-by-step migration of older board-file versions to the current one: each version adds one step
// here (v1→v2, v2→v3 …) and a fixture of the old version in tests/boardfile/fixtures.
import { CURRENT_FORMAT_VERSION } from './format';

type Step = (file: Record<string, unknown>) => Record<string, unknown>;

const STEPS: Record<number, Step> = {
  // v1 → v2: attachments arrive. Items of a version-1 file have none; the file has no blobs. Items
  // are left as they are when not objects (validation reports them afterwards).
  1: (file) => ({
    ...file,
    items: Array.isArray(file.items)
      ? file.items.map((item: unknown) =>
          item && typeof item === 'object' && !Array.isArray(item)
            ? { ...(item as Record<string, unknown>), attachments: [] }
            : item,
        )
      : file.items,
    blobs: [],
  }),
};

export function migrateToCurrent(file: Record<string, unknown>, version: number): Record<string, unknown> {
  let current = file;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`No migration from board-file version ${v}`);
    current = { ...step(current), formatVersion: v + 1 };
  }
  return current;
}
