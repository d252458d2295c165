// The first image of a card, small. Its box has a fixed height from the first render (the item says
// whether it has an image), so the column never jumps when the picture arrives; the thumbnail is read
// from the thumbs table after mount, never during first paint, and never the original's bytes.
import { useStoredBlobUrl } from '../attachments/useBlobUrl';

export default function CardThumb({ hash, name }: { hash: string; name: string }) {
  const url = useStoredBlobUrl(hash, 'thumb');
  return (
    <div className="card-thumb">{url && <img src={url} alt={name} decoding="async" loading="lazy" />}</div>
  );
}
