// What a card shows (shared by the card in its column and the drag overlay). User text is rendered as
// text only; long titles are shortened here and kept whole in the item.
import { lazy, memo, Suspense } from 'react';
import { firstImage } from '../../domain/attachments';
import { dueState } from '../../domain/board';
import { LIMITS } from '../../domain/defaults';
import { shorten } from '../../domain/items';
import type { Channel, Item, Member } from '../../domain/types';
import { useT } from '../../i18n';
import { Icon } from './Icons';
import { germanDate } from '../../domain/calendarDays';

// Loads with the first card that has an image; until then its fixed-height box holds the place.
const CardThumb = lazy(() => import('./cardAttachments').then((m) => ({ default: m.CardThumb })));

export interface CardLookups {
  channelsById: ReadonlyMap<string, Channel>;
  membersById: ReadonlyMap<string, Member>;
  /** yyyy-MM-dd */
  today: string;
}

export const cardTitle = (item: Item) => shorten(item.title, LIMITS.cardTitleChars);

interface Props {
  item: Item;
  lookups: CardLookups;
  titleId?: string;
}

/** Fields a card shows: a live query returns fresh objects after every write, most of them unchanged. */
function sameShownContent(a: Props, b: Props): boolean {
  const x = a.item;
  const y = b.item;
  return (
    a.lookups === b.lookups &&
    a.titleId === b.titleId &&
    x.title === y.title &&
    x.urgent === y.urgent &&
    x.archived === y.archived &&
    x.column === y.column &&
    x.publishDate === y.publishDate &&
    x.publishTime === y.publishTime &&
    x.assigneeId === y.assigneeId &&
    x.attachments === y.attachments &&
    x.channelIds.length === y.channelIds.length &&
    x.channelIds.every((id, i) => id === y.channelIds[i])
  );
}

export const CardBody = memo(function CardBody({ item, lookups, titleId }: Props) {
  const t = useT();
  const due = dueState(item, lookups.today);
  const assignee = item.assigneeId ? lookups.membersById.get(item.assigneeId) : undefined;
  // A channel id no board knows (from a colleague's file) is kept on the item but not shown.
  const channels = item.channelIds.flatMap((id) => lookups.channelsById.get(id) ?? []);
  const image = firstImage(item);
  return (
    <>
      {image && (
        <Suspense fallback={<div className="card-thumb" />}>
          <CardThumb hash={image.hash} name={image.name} />
        </Suspense>
      )}
      {(item.urgent || item.archived) && (
        <div className="card-flags">
          {item.urgent && (
            <span className="badge badge-urgent">
              <Icon name="urgent" />
              {t.board.card.urgent}
            </span>
          )}
          {item.archived && (
            <span className="badge badge-archived">
              <Icon name="archive" />
              {t.board.card.archived}
            </span>
          )}
        </div>
      )}
      <span
        className="card-title"
        id={titleId}
        title={item.title.length > LIMITS.cardTitleChars ? item.title : undefined}
      >
        {cardTitle(item)}
      </span>
      {channels.length > 0 && (
        <ul className="card-channels" aria-label={t.board.card.channels}>
          {channels.map((channel) => (
            <li key={channel.id} className={channel.retired ? 'channel-tag retired' : 'channel-tag'}>
              <span className="channel-swatch" style={{ background: channel.color }} aria-hidden="true" />
              {channel.name}
            </li>
          ))}
        </ul>
      )}
      {(item.publishDate || assignee) && (
        <div className="card-meta">
          {item.publishDate && (
            <span className="card-date">
              <Icon name="calendar" />
              <span className="visually-hidden">{t.board.card.publish}: </span>
              {germanDate(item.publishDate)}
              {item.publishTime ? ` ${item.publishTime}` : ''}
            </span>
          )}
          {due && (
            <span className={`badge badge-due due-${due}`}>
              <Icon name="clock" />
              {t.board.card.due[due]}
            </span>
          )}
          {assignee && (
            <span className="card-assignee">
              <Icon name="person" />
              <span className="visually-hidden">{t.board.card.assignee}: </span>
              {assignee.name}
            </span>
          )}
        </div>
      )}
    </>
  );
}, sameShownContent);
