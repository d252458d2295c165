// Defaults a new board starts with. Pure data; storage seeds them on first open.

export interface ChannelDefault {
  key: string;
  name: string;
  color: string;
  weeklyTarget: number;
  visual: boolean;
}

// Colours chosen to stay distinguishable and to carry white text at WCAG AA contrast;
// the channel name is always shown too, so colour is never the only signal.
export const DEFAULT_CHANNELS: readonly ChannelDefault[] = [
  { key: 'instagram', name: 'Instagram', color: '#b3246b', weeklyTarget: 7, visual: true },
  { key: 'facebook', name: 'Facebook', color: '#1b4f9c', weeklyTarget: 1, visual: true },
  { key: 'linkedin', name: 'LinkedIn', color: '#0a5a8a', weeklyTarget: 2, visual: false },
  { key: 'tiktok', name: 'TikTok', color: '#222222', weeklyTarget: 0, visual: true },
  { key: 'newsletter', name: 'Newsletter', color: '#7a4b00', weeklyTarget: 1, visual: false },
  { key: 'pressemitteilung', name: 'Pressemitteilung', color: '#4a4a4a', weeklyTarget: 6, visual: false },
  { key: 'website', name: 'Website', color: '#2e6b30', weeklyTarget: 0, visual: false },
  { key: 'podcast', name: 'Podcast', color: '#6a3d9a', weeklyTarget: 0, visual: false },
  { key: 'stadtnachrichten', name: 'Stadtnachrichten', color: '#8a2f1d', weeklyTarget: 0, visual: false },
  { key: 'jugend', name: 'Jugend-Account', color: '#006d6f', weeklyTarget: 0, visual: true },
];

/** Checklist a new item starts with (labels are stored, so they travel in the board file as typed). */
export const DEFAULT_CHECKLIST_LABELS = [
  'Text',
  'Bild',
  'Bildrechte geklärt',
  'Freigabe Fachbereich',
] as const;

export const LIMITS = {
  /** Long text is kept in full; cards show it shortened. */
  cardTitleChars: 120,
  maxTitleChars: 10_000,
  maxTextChars: 100_000,
} as const;
