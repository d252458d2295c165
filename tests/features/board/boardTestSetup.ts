// Shared set-up for board component tests: jsdom has no layout, so the virtualised columns get a
// fixed viewport size; each test starts with an empty database and fresh view state.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { EMPTY_FILTER } from '../../../src/domain/board';
import { useViewStore } from '../../../src/state/viewStore';
import { db } from '../../../src/storage/db/db';
import { useDragStore } from '../../../src/features/board/dragStore';

export function setUpBoardTests(): void {
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 300 });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 100 });
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 300 });
  });

  beforeEach(async () => {
    await db.delete();
    await db.open();
    useViewStore.setState({ filter: EMPTY_FILTER, toasts: [], undoStack: [], editing: null, language: 'de' });
    useDragStore.getState().end();
  });

  afterEach(() => {
    cleanup();
  });
}
