// A failed worker is worded for her, in German by default: what happened and that nothing changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { WorkerFailedError } from '../../src/platform/workerFailure';
import { useViewStore } from '../../src/state/viewStore';
import { reportError } from '../../src/ui/reportError';

beforeEach(() => useViewStore.setState({ toasts: [], language: 'de' }));

describe('reportError', () => {
  it('words a WorkerFailedError as an internal error after which nothing was changed', () => {
    reportError(new WorkerFailedError('board file', 'crashed'));
    expect(useViewStore.getState().toasts).toMatchObject([
      {
        kind: 'error',
        message:
          'Die Datei konnte nicht verarbeitet werden (interner Fehler). Es wurde nichts geändert. Bitte erneut versuchen.',
      },
    ]);
  });

  it('in English too', () => {
    useViewStore.setState({ language: 'en' });
    reportError(new WorkerFailedError('board file', 'jobFailed', { name: 'RangeError', message: 'x' }));
    expect(useViewStore.getState().toasts[0]?.message).toBe(
      'The file could not be processed (internal error). Nothing was changed. Please try again.',
    );
  });
});
