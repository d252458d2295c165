import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDragStore } from '../../src/features/board/dragStore';
import { useCalendarStore } from '../../src/features/calendar/calendarStore';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a focus request of the board or the calendar', () => {
  it('lapses after a few seconds when its card never shows up', () => {
    const request = { id: 'a', column: 'entwurf' as const, part: 'handle' as const };
    useDragStore.getState().requestFocus(request);
    vi.advanceTimersByTime(2900);
    expect(useDragStore.getState().focusRequest).toBe(request);
    vi.advanceTimersByTime(200);
    expect(useDragStore.getState().focusRequest).toBeNull();
  });

  it('is not cleared by the timer of an earlier request it replaced', () => {
    const first = { id: 'a', day: '2026-11-26', part: 'handle' as const };
    const second = { id: 'b', day: '2026-11-27', part: 'date' as const };
    useCalendarStore.getState().requestFocus(first);
    vi.advanceTimersByTime(2000);
    useCalendarStore.getState().requestFocus(second);
    vi.advanceTimersByTime(1500);
    expect(useCalendarStore.getState().focusRequest).toBe(second);
    vi.advanceTimersByTime(1600);
    expect(useCalendarStore.getState().focusRequest).toBeNull();
  });
});
