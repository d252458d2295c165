// The agenda of `today`, live: re-built whenever an item, a channel, the Bundesland or the last
// stand-up changes. Reads only what the agenda needs (storage/standupQueries.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildStandupAgenda, HORIZON_WORKING_DAYS, type StandupAgenda } from '../../domain/standupAgenda';
import type { StandupRecord } from '../../domain/types';
import { nextWorkingDays, type Bundesland } from '../../domain/workingDays';
import { useChannels } from '../../storage/queries';
import { readAgendaItems } from '../../storage/standupQueries';

export function useAgenda(
  today: string,
  now: number,
  bundesland: Bundesland,
  lastStandup: StandupRecord | null | undefined,
): StandupAgenda | undefined {
  const horizonEnd = nextWorkingDays(today, HORIZON_WORKING_DAYS, bundesland).at(-1) ?? today;
  const items = useLiveQuery(() => readAgendaItems(today, horizonEnd), [today, horizonEnd]);
  const channels = useChannels();
  return useMemo(() => {
    if (!items || !channels || lastStandup === undefined) return undefined;
    return buildStandupAgenda({ items, channels, today, now, lastStandup, bundesland });
  }, [items, channels, today, now, lastStandup, bundesland]);
}
