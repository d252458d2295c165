import { describe, expect, it } from 'vitest';
import { offeredChoices } from '../../src/domain/choices';

const all = [
  { id: 'anna', retired: false },
  { id: 'max', retired: true },
  { id: 'lea', retired: false },
];

describe('offeredChoices', () => {
  it('does not offer retired entries for a new assignment', () => {
    expect(offeredChoices(all, []).map((m) => m.id)).toEqual(['anna', 'lea']);
  });

  it('keeps a retired entry an old item already carries, in list order', () => {
    expect(offeredChoices(all, ['max']).map((m) => m.id)).toEqual(['anna', 'max', 'lea']);
  });
});
