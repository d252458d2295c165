// The file carries what its board had taken in, per device (domain/seenStamps.ts): written on export,
// checked like every stamp on import, and optional, so files from before it still read.
import { describe, expect, it } from 'vitest';
import { parseBoardFile } from '../../src/boardfile/parse';
import { serializeBoardFile, toBoardFile } from '../../src/boardfile/serialize';
import { sampleBoard, sampleFile } from './makeFixture';

const later = '2026-11-30T10:00:00.000Z-0003-bbbbbbbbbbbbbbbb';

describe('the seen stamps of a board file', () => {
  it('are written with the stamps the records show joined to what the board had taken in', () => {
    const file = toBoardFile(sampleBoard(), {
      deviceId: 'aaaaaaaaaaaaaaaa',
      exportedAt: new Date('2026-11-25T09:00:00Z'),
      seen: { bbbbbbbbbbbbbbbb: later },
    });
    expect(file.seen).toEqual({
      aaaaaaaaaaaaaaaa: '2026-11-25T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa',
      bbbbbbbbbbbbbbbb: later,
      test: expect.stringMatching(/-test$/), // the fixture items' own stamps
    });
    const parsed = parseBoardFile(serializeBoardFile(file));
    expect(parsed.ok && parsed.value.seen).toEqual(file.seen);
  });

  it('may be missing (a file from before them)', () => {
    const { seen: _left, ...older } = sampleFile();
    expect(parseBoardFile(serializeBoardFile(older)).ok).toBe(true);
  });

  it('refuse the file when one is not a real stamp: it would count as seeing every edit', () => {
    const file = {
      ...sampleFile(),
      seen: { bbbbbbbbbbbbbbbb: '9999-99-99T99:99:99.999Z-FFFF-bbbbbbbbbbbbbbbb' },
    };
    expect(parseBoardFile(serializeBoardFile(file)).ok).toBe(false);
  });
});
