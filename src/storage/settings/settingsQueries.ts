// Live reads of the board's settings lists for views.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Channel, Member } from '../../domain/types';
import { db } from '../db/db';

/** A rank-ordered settings list (channels or members), live, without tombstones. */
function useRankedList<T extends { deleted: boolean }>(table: 'channels' | 'members'): T[] | undefined {
  return useLiveQuery(
    () =>
      db
        .table<T>(table)
        .orderBy('rank')
        .filter((row) => !row.deleted)
        .toArray(),
    [table],
  );
}

export const useChannels = (): Channel[] | undefined => useRankedList<Channel>('channels');

export const useMembers = (): Member[] | undefined => useRankedList<Member>('members');
