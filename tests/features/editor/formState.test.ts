import { describe, expect, it } from 'vitest';
import {
  checklistChanges,
  editFromForm,
  emptyForm,
  isDirty,
  validateForm,
  type EditorFormState,
} from '../../../src/features/editor/formState';

let counter = 0;
const newId = () => `id-${++counter}`;
const ok = { dateBadInput: false, timeBadInput: false };

function form(patch: Partial<EditorFormState> = {}): EditorFormState {
  return { ...emptyForm(newId), title: 'Kita-Anmeldung', ...patch };
}

describe('editor form rules', () => {
  it('starts a new item with the four default checklist entries', () => {
    expect(emptyForm(newId).checklist.map((e) => e.label)).toEqual([
      'Text',
      'Bild',
      'Bildrechte geklärt',
      'Freigabe Fachbereich',
    ]);
  });

  it('treats channels as a set: unticking and re-ticking is no change', () => {
    const initial = form({ channelIds: ['a', 'b'] });
    expect(editFromForm(initial, { ...initial, channelIds: ['b', 'a'] })).toEqual({});
    expect(editFromForm(initial, { ...initial, channelIds: ['a'] })).toEqual({ channelIds: ['a'] });
  });

  it('maps cleared date, time and assignee to null and ignores title whitespace', () => {
    const initial = form({ publishDate: '2026-03-01', publishTime: '09:00', assigneeId: 'm1' });
    const edit = editFromForm(initial, {
      ...initial,
      title: '  Kita-Anmeldung ',
      publishDate: '',
      publishTime: '',
      assigneeId: '',
    });
    expect(edit).toEqual({ publishDate: null, publishTime: null, assigneeId: null });
  });

  it('lists added, changed and removed checklist entries; removed ones as tombstones', () => {
    const initial = form();
    const [text, bild, rechte, freigabe] = initial.checklist;
    const next = {
      ...initial,
      checklist: [{ ...text!, done: true }, rechte!, freigabe!, { id: 'new', label: 'Video', done: false }],
    };
    expect(checklistChanges(initial, next)).toEqual([
      { ...text!, done: true, deleted: false },
      { id: 'new', label: 'Video', done: false, deleted: false },
      { ...bild!, deleted: true },
    ]);
    expect(isDirty(initial, initial)).toBe(false);
    expect(isDirty(initial, next)).toBe(true);
  });

  it('refuses an empty title, an impossible date, a bad time and a time without date', () => {
    expect(validateForm(form({ title: ' \n ' }), ok)).toEqual({ title: 'titleEmpty' });
    expect(validateForm(form({ publishDate: '2026-02-31' }), ok)).toEqual({ publishDate: 'dateInvalid' });
    expect(validateForm(form(), { ...ok, dateBadInput: true })).toEqual({ publishDate: 'dateInvalid' });
    expect(validateForm(form({ publishDate: '2026-02-03' }), { ...ok, timeBadInput: true })).toEqual({
      publishTime: 'timeInvalid',
    });
    expect(validateForm(form({ publishTime: '10:00' }), ok)).toEqual({ publishTime: 'timeWithoutDate' });
    // The date error explains it; no second message at the time field.
    expect(validateForm(form({ publishTime: '10:00' }), { ...ok, dateBadInput: true })).toEqual({
      publishDate: 'dateInvalid',
    });
  });

  it('accepts a 10,000-character title and refuses a longer one', () => {
    expect(validateForm(form({ title: 'x'.repeat(10_000) }), ok)).toEqual({});
    expect(validateForm(form({ title: 'x'.repeat(10_001) }), ok)).toEqual({ title: 'titleTooLong' });
  });
});
