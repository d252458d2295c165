// The stand-up's strings (src/i18n/standup.ts) in the current language. Kept out of the shared
// dictionary on purpose: they load with the lazy stand-up chunk, not with the board's first download
// (the initial-JS budget of 150 kB gzip).
import * as standup from '../../i18n/standup';
import { useViewStore } from '../../state/viewStore';

export function useStandupT(): standup.StandupMessages {
  return standup[useViewStore((s) => s.language)];
}
