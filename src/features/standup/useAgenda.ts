// The agenda of `today`, live: re-built whenever an item, a channel, the Bundesland or the saved
// stand-ups change. Reads only what the agenda needs (storage/standup/standupQueries.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  buildStandupAgenda,
  HORIZON_WORKING_DAYS,
  previousWorkingDay,
  type StandupAgenda,
} from '../../domain/standupAgenda';
import { nextWorkingDays, type Bundesland } from '../../domain/workingDays';
import { useChannels } from '../../storage/settings/settingsQueries';
import { readAgendaData } from '../../storage/standup/standupQueries';

export function useAgenda(today: string, now: number, bundesland: Bundesland): StandupAgenda | undefined {
  const horizonEnd = nextWorkingDays(today, HORIZON_WORKING_DAYS, bundesland).at(-1) ?? today;
  const before = previousWorkingDay(today, bundesland);
  const data = useLiveQuery(() => readAgendaData(today, horizonEnd, before), [today, horizonEnd, before]);
  const channels = useChannels();
  return useMemo(() => {
    if (!data || !channels) return undefined;
    const { items, lastStandup } = data;
    return buildStandupAgenda({ items, channels, today, now, lastStandup, bundesland });
  }, [data, channels, today, now, bundesland]);
}
