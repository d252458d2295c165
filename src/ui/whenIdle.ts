// Work that can wait until the page has nothing else to do: never during the board's first paint or a
// drag. Safari has no requestIdleCallback; there a short timer stands in.

/** Runs `callback` once the page is idle, at the latest after `timeoutMs`; returns a cancel function. */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(callback, Math.min(timeoutMs, 200));
  return () => window.clearTimeout(id);
}
