// The day cells on screen, by yyyy-MM-dd: the keyboard drag asks where a day is to move the dragged
// item there. A plain map (not state): it changes with layout, never needs a render.
export const dayElements = new Map<string, HTMLElement>();

/** The point a keyboard drag aims at inside a day: near the top, where the first items are. */
export function pointInDay(day: string): { x: number; y: number } | null {
  const rect = dayElements.get(day)?.getBoundingClientRect();
  if (!rect) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 60) };
}
