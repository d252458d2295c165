// Small icons (no icon font, no request leaves the origin). Always paired with text: they are
// decorative (aria-hidden), never the only signal. One <span> painted through a CSS mask (the shapes
// are in styles.css, .icon-*): an inline <svg> with its <path> cost two elements and an SVG layout per
// icon, and a board card shows up to five of them — about a third of a card's DOM.
export type IconName = 'urgent' | 'clock' | 'person' | 'archive' | 'grip' | 'calendar';

export function Icon({ name }: { name: IconName }) {
  return <span className={`icon icon-${name}`} aria-hidden="true" />;
}
