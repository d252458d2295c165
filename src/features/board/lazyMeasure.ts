// How a board column's virtualiser learns sizes without forcing the browser to lay out the page in
// the middle of a React commit. TanStack Virtual's defaults read getBoundingClientRect / offsetHeight
// right when a column or card mounts; on the first render of a 5,000-card board that forced a layout
// of the whole page twice and a re-render between them. Here sizes come from ResizeObserver, which
// the browser calls after its own layout and before painting, so the corrected positions still land
// in the first painted frame. Where ResizeObserver is missing (jsdom), the defaults are used.
import {
  measureElement as measureNow,
  observeElementRect as observeNow,
  type Virtualizer,
} from '@tanstack/react-virtual';

type ColumnVirtualizer = Virtualizer<HTMLDivElement, HTMLLIElement>;

const hasResizeObserver = () => typeof ResizeObserver === 'function';

/** The scroller's size from ResizeObserver only; until it reports, `initialRect` stands in. */
export function observeRectLazily(
  instance: ColumnVirtualizer,
  onRect: (rect: { width: number; height: number }) => void,
): void | (() => void) {
  const element = instance.scrollElement;
  if (!element) return;
  if (!hasResizeObserver()) return observeNow(instance, onRect);
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const { width, height } = entry.contentRect;
    onRect({ width: Math.round(width), height: Math.round(height) });
  });
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}

/**
 * A card's height: on mount (no ResizeObserver entry yet) the size it already has in the virtualiser
 * (measured before, or the estimate), so nothing is read from layout; the observer's first report,
 * which follows before the frame is painted, corrects it.
 */
export function measureCardLazily(
  element: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  instance: ColumnVirtualizer,
): number {
  if (entry || !hasResizeObserver()) return measureNow(element, entry, instance);
  const index = instance.indexFromElement(element);
  return instance.measurementsCache[index]?.size ?? instance.options.estimateSize(index);
}

/**
 * Above and below a column's cards there is always at least this much of the window: the app header,
 * the column heading and the quick-add field (more on most screens: the toolbar, the board's margins).
 */
const WINDOW_NOT_CARDS_PX = 200;

/**
 * The column's scroll box before ResizeObserver has measured it: the window less what is never cards.
 * Never smaller than the real box (a card short would leave a hole in the first frame), and close to
 * it, so the first frame renders the cards that show and not the window's height worth of them.
 */
export const initialColumnRect = () => ({
  width: 0,
  height: typeof window === 'undefined' ? 0 : Math.max(0, window.innerHeight - WINDOW_NOT_CARDS_PX),
});
