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
