// blob: URLs for <img>, created when a blob is shown and revoked as soon as it is not (unmount or
// another blob), so a long session with many images does not keep their bytes alive.
import { createContext, useContext, useEffect, useState } from 'react';
import { readOriginal, readThumb } from '../../storage/attachments/attachmentCommands';
import { ensureThumb } from './ensureThumb';

/** A missing thumbnail (image imported from a board file) is made once, then read like the rest. */
const thumbOrMake = async (hash: string) => (await readThumb(hash)) ?? ensureThumb(hash);

/** Where blobs are read from: the stored tables, or (a new item's editor) the files not yet saved. */
export type BlobReader = (hash: string, which: 'thumb' | 'original') => Promise<Blob | null>;

export const readStoredBlob: BlobReader = (hash, which) =>
  which === 'thumb' ? thumbOrMake(hash) : readOriginal(hash);

export const BlobReaderContext = createContext<BlobReader>(readStoredBlob);

/**
 * Reads a blob (thumbnail or original) after mount, never during render or first paint, and hands
 * out a URL for it. `hash` null = nothing to show.
 */
export function useStoredBlobUrl(hash: string | null, which: 'thumb' | 'original'): string | null {
  const read = useContext(BlobReaderContext);
  const [url, setUrl] = useState<{ hash: string; url: string } | null>(null);
  useEffect(() => {
    if (!hash) return;
    let current = true;
    let created: string | null = null;
    read(hash, which)
      .then((blob) => {
        if (!current || !blob) return;
        created = URL.createObjectURL(blob);
        setUrl({ hash, url: created });
      })
      .catch(() => undefined); // not shown: the file icon stays
    return () => {
      current = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, which, read]);
  return url && url.hash === hash ? url.url : null;
}
