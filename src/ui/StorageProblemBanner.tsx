// Top-level message when the board's database cannot be used at all: it fails to open (private
// mode, a newer schema elsewhere, blocked by another tab) or another tab upgrades it under us.
// Without this, a failed open would look like an empty board.
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { db } from '../storage/db/db';
import { toStorageError, type StorageErrorKind } from '../storage/db/errors';

type Problem = StorageErrorKind | 'newerVersion';

export function StorageProblemBanner() {
  const t = useT();
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let current = true;
    db.open().catch((error: unknown) => {
      if (current) setProblem(toStorageError(error).kind);
    });
    // Another tab opens a newer schema: close ours so its upgrade is not blocked forever, and say so.
    const onVersionChange = () => {
      db.close();
      setProblem('newerVersion');
      return false;
    };
    // Our open waits for another tab still holding an older version.
    const onBlocked = () => setProblem('blocked');
    db.on('versionchange', onVersionChange);
    db.on('blocked', onBlocked);
    return () => {
      current = false;
      db.on.versionchange.unsubscribe(onVersionChange);
      db.on.blocked.unsubscribe(onBlocked);
    };
  }, []);

  if (!problem) return null;
  return (
    <div className="storage-problem" role="alert">
      <p>{problem === 'newerVersion' ? t.storageProblem.newerVersion : t.storageError[problem]}</p>
      {(problem === 'newerVersion' || problem === 'blocked' || problem === 'closed') && (
        <button type="button" onClick={() => window.location.reload()}>
          {t.storageProblem.reload}
        </button>
      )}
    </div>
  );
}
