// @ts-check
// Reads the first cards of every board column straight from IndexedDB while the app's JavaScript is
// still being loaded and compiled: a classic script in <head>, no imports, a few hundred bytes. The
// app (src/storage/firstScreenBoot.ts) takes the result if it is there and of the schema the app
// expects; otherwise it reads the same cards through Dexie as before. Nothing here writes.
//
// Kept in step with the app by tests/storage/firstScreenBoot.test.ts (database name, index, columns,
// number of cards).
(function () {
  'use strict';
  var DB_NAME = 'redaktionsplan';
  var COLUMNS = ['idee', 'themeninfo', 'entwurf', 'freigegeben', 'veroeffentlicht'];
  var CARDS = 25;
  var URGENT_INDEX = '[urgentIn+rank]';

  var hash = window.location.hash;
  if (hash && hash.indexOf('#/board') !== 0) return; // another view first: nothing to read ahead
  if (typeof indexedDB === 'undefined') return;

  /** @type {Promise<{ version: number, columns: Record<string, unknown[]>, urgent: Record<string, unknown[]>, channels: unknown[], members: unknown[] } | null>} */
  var read = new Promise(function (resolve) {
    /** @type {IDBOpenDBRequest} */
    var request;
    try {
      // No version: opens whatever the app last created, and never upgrades it.
      request = indexedDB.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    // Only for a database that does not exist yet: abort, so this script never creates one (Dexie
    // creates it with the right schema).
    request.onupgradeneeded = function () {
      if (request.transaction) request.transaction.abort();
    };
    request.onerror = function () {
      resolve(null);
    };
    request.onblocked = function () {
      resolve(null);
    };
    request.onsuccess = function () {
      var db = request.result;
      // An app update that upgrades the schema must never wait for this connection.
      db.onversionchange = function () {
        db.close();
      };
      try {
        var tx = db.transaction(['items', 'channels', 'members'], 'readonly');
        var store = tx.objectStore('items');
        var index = store.index('[column+rank]');
        // Urgent items by column and rank (src/storage/urgentKey.ts): they lead their column. A
        // database from before that index is of a version the app does not take from here anyway.
        var urgentIndex = store.indexNames.contains(URGENT_INDEX) ? store.index(URGENT_INDEX) : null;
        /** @type {Record<string, unknown[]>} */
        var columns = {};
        /** @type {Record<string, unknown[]>} */
        var urgent = {};
        /** @type {{ channels: unknown[], members: unknown[] }} */
        var lists = { channels: [], members: [] };
        // Channels and members are a few rows each; the cards need them for their tags and names.
        ['channels', 'members'].forEach(function (store) {
          var rows = tx.objectStore(store).getAll();
          rows.onsuccess = function () {
            lists[/** @type {'channels' | 'members'} */ (store)] = rows.result;
          };
        });
        COLUMNS.forEach(function (column) {
          // [column] sorts before every [column, rank]; an array sorts after every string rank.
          var range = IDBKeyRange.bound([column], [column, []]);
          var cards = index.getAll(range, CARDS);
          cards.onsuccess = function () {
            columns[column] = cards.result;
          };
          if (!urgentIndex) return;
          var urgentCards = urgentIndex.getAll(range, CARDS);
          urgentCards.onsuccess = function () {
            urgent[column] = urgentCards.result;
          };
        });
        tx.oncomplete = function () {
          resolve({
            version: db.version,
            columns: columns,
            urgent: urgent,
            channels: lists.channels,
            members: lists.members,
          });
        };
        tx.onabort = tx.onerror = function () {
          resolve(null);
        };
      } catch {
        resolve(null); // e.g. a database without the items store
      }
      db.close(); // closes once the transaction is done
    };
  });
  /** @type {any} */ (window).__redaktionsplanFirstScreen = read;
})();
