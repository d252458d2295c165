// Small inline icons (no icon font, no request leaves the origin). Always paired with text:
// they are decorative (aria-hidden), never the only signal.
const paths = {
  urgent: 'M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z',
  clock:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm1-13h-2v6l5 3 1-1.7-4-2.3V7z',
  person: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4 0-8 2-8 5v2h16v-2c0-3-4-5-8-5z',
  archive: 'M3 3h18v4H3V3zm1 5h16v13H4V8zm5 3v2h6v-2H9z',
  grip: 'M8 4h3v3H8V4zm5 0h3v3h-3V4zM8 10.5h3v3H8v-3zm5 0h3v3h-3v-3zM8 17h3v3H8v-3zm5 0h3v3h-3v-3z',
  calendar: 'M7 2h2v2h6V2h2v2h3v18H4V4h3V2zm-1 8v10h12V10H6z',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
