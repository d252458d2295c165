// Hostile board files, built from the sample board (makeFixture.ts): each is a file a damaged,
// hand-edited or malicious export could be. The parse tests check that each gets its own German
// message, naming the record; end-to-end tests can feed the same texts to `Board importieren`.
import { serializeBoardFile } from '../../src/boardfile/serialize';
import { sampleFile } from './makeFixture';

type Json = Record<string, unknown>;

/** The sample file as JSON, changed by `patch`, written back as text. */
export function patchedFile(patch: (file: Json) => void): string {
  const file = JSON.parse(serializeBoardFile(sampleFile())) as Json;
  patch(file);
  return JSON.stringify(file);
}

export const itemsOf = (file: Json) => file.items as Json[];

/** A stamp of the right shape whose time does not exist. */
export const UNREAL_STAMP = '2026-99-99T99:99:99.999Z-FFFF-zzzz';

/** The first item's title clock set to a time that does not exist. */
export const unrealItemStamp = () =>
  patchedFile((f) => ((itemsOf(f)[0]!.clocks as Json).title = UNREAL_STAMP));

/** A standup record of 25.11.2026 as a file holds it; `patch` overrides fields. */
export const fileStandup = (patch: Json = {}): Json => ({
  id: 'standup-1',
  day: '2026-11-25',
  startedAt: 0,
  endedAt: 1,
  durationMs: 1,
  notes: '',
  decisions: [],
  deleted: false,
  clock: '2026-11-25T08:20:00.000Z-0000-aaaaaaaaaaaaaaaa',
  ...patch,
});

/** An image attachment with rights as a file holds it; `patch` overrides fields. */
export const fileAttachment = (patch: Json = {}): Json => ({
  id: 'attachment-1',
  hash: 'a'.repeat(64),
  name: 'rathaus.jpg',
  type: 'image/jpeg',
  size: 1,
  addedAt: 0,
  creator: 'Anna Becker',
  usage: null,
  usageNote: '',
  peopleRecognisable: true,
  peopleConsent: true,
  peopleConsentDate: '2026-11-20',
  minorsShown: true,
  guardianConsent: true,
  guardianConsentDate: '2026-11-20',
  deleted: false,
  clock: '2026-11-25T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa',
  ...patch,
});

/** Days of the right shape that are no real day. */
export const IMPOSSIBLE_DAYS = ['2026-02-30', '2026-13-45', '0000-00-00'] as const;

/** The first item's publish date set to an impossible day. */
export const impossiblePublishDate = (day: string = IMPOSSIBLE_DAYS[0]) =>
  patchedFile((f) => (itemsOf(f)[0]!.publishDate = day));

/** A checklist entry as a file holds it. */
export const fileEntry = (id: string, label: string, clock: string, patch: Json = {}): Json => ({
  id,
  label,
  done: false,
  rank: 'a0',
  deleted: false,
  clock,
  ...patch,
});

/** The whole sample file behind a UTF-8 byte order mark, as a Windows editor may save it. */
export const withByteOrderMark = (text = serializeBoardFile(sampleFile())) => `\uFEFF${text}`;

/** JSON text of an object nested `depth` levels deep: {"x":{"x":…1…}}. Built as text, as a file has it. */
export const nestedJson = (depth: number) => `${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}`;

/**
 * The sample file with an unknown field holding `json` put into the first record of `list` (or the
 * file's header), written as text: JSON.stringify would itself overflow the stack on deep nesting.
 */
export function withExtraField(
  json: string,
  where: 'header' | 'items' | 'channels' | 'checklist' = 'items',
  name = 'futureField',
): string {
  const marker = '"__extra__"';
  const text = patchedFile((f) => {
    if (where === 'header') f[name] = '__extra__';
    else if (where === 'checklist')
      itemsOf(f)[0]!.checklist = [
        fileEntry('check-1', 'Foto', '2026-11-25T08:00:00.000Z-0000-aaaa', { [name]: '__extra__' }),
      ];
    else (f[where] as Json[])[0]![name] = '__extra__';
  });
  return text.replace(marker, json);
}

/** The hostile file of issue 15: an item with an unknown field nested 10,000 levels deep. */
export const deeplyNestedExtra = () => withExtraField(nestedJson(10_000));

/**
 * The sample file with two more items that cannot be read among its two good ones (issue 15,
 * defect 6): "item-3" has lost its title, "item-4" ("Stadtfest Programm") lies on 30 February.
 */
export const twoBrokenItems = () =>
  patchedFile((f) => {
    const [first] = itemsOf(f);
    const noTitle: Json = { ...first!, id: 'item-3' };
    delete noTitle.title;
    const impossibleDay: Json = { ...first!, id: 'item-4', title: 'Stadtfest Programm' };
    impossibleDay.publishDate = IMPOSSIBLE_DAYS[0];
    itemsOf(f).splice(1, 0, noTitle);
    itemsOf(f).push(impossibleDay);
  });
