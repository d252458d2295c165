// Version 1's store definition as shipped (and as real browsers hold it), whatever db.ts declares
// later: upgrade tests open a database with exactly this first.
export const V1_STORES = {
  items: 'id, [column+rank], publishDate, updatedAt',
  channels: 'id, rank',
  members: 'id, rank',
  meta: 'key',
  standups: 'id, day',
  blobs: 'hash',
  snapshots: 'id, createdAt',
};
