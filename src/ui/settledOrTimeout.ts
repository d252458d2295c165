// Waiting for something that normally comes quickly, but never for long: the board's first cards
// before the first render (main.tsx), a dropped card's write and its showing (BoardDnd).

/** Resolves once `promise` has settled, or after `ms`, whichever comes first; never rejects. */
export function settledOrTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}
