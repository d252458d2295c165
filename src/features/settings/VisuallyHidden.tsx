import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. which channel a repeated "Speichern" button belongs to. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
