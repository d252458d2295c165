// @vitest-environment node
// The file's text layout: readable and diffable record by record, the same JSON as before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBoardFile } from '../../src/boardfile/parse';
import { serializeBoardFile, serializeBoardFileParts, toBoardFile } from '../../src/boardfile/serialize';
import { makeItem } from '../domain/fixtures';
import { sampleBoard, sampleFile } from './makeFixture';

const meta = { deviceId: 'aaaaaaaaaaaaaaaa', exportedAt: new Date('2026-11-25T09:00:00Z'), boardName: 'B' };

describe('board file text', () => {
  it('writes each record on a line of its own and each top-level field on its own line', () => {
    const file = sampleFile();
    const lines = serializeBoardFile(file).split('\n');
    expect(lines[0]).toBe('{');
    expect(lines).toContain(' "formatVersion": 2,');
    expect(lines).toContain(' "items": [');
    for (const item of file.items) {
      const line = lines.find((l) => l.includes(`"id":"${item.id}"`))!;
      expect(line.startsWith('  {')).toBe(true);
      expect(JSON.parse(line.trim().replace(/,$/, ''))).toEqual(item);
    }
    // Header, one line per record, list brackets, closing brace, final newline: nothing else.
    const records = file.items.length + file.channels.length + file.members.length;
    const lists = Object.values(file).filter((v) => Array.isArray(v) && v.length > 0).length;
    expect(lines).toHaveLength(2 + Object.keys(file).length + records + lists + 1);
  });

  it('is the same JSON as the indented text of earlier versions, which still reads', () => {
    const file = sampleFile();
    const text = serializeBoardFile(file);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(file, null, 1)));
    const old = readFileSync(
      path.join(process.cwd(), 'tests/boardfile/fixtures/v2.redaktionsplan.json'),
      'utf8',
    );
    const parsedOld = parseBoardFile(old);
    expect(parsedOld.ok).toBe(true);
    if (!parsedOld.ok) return;
    const again = parseBoardFile(serializeBoardFile(parsedOld.value));
    expect(again.ok && again.value).toEqual(parsedOld.value);
  });

  it('writes empty lists and leaves out absent fields, as JSON.stringify does', () => {
    const text = serializeBoardFile({ ...sampleFile(), standups: undefined, blobs: [] });
    expect(text).toContain(' "blobs": []\n}\n');
    expect(text).not.toContain('standups');
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });

  it('gives byte-identical text for the same board whatever order the records were read in', () => {
    const board = sampleBoard();
    const extra = makeItem({ title: 'Drittes' }, { id: 'item-0' });
    const one = serializeBoardFile(toBoardFile({ ...board, items: [...board.items, extra] }, meta));
    const two = serializeBoardFile(toBoardFile({ ...board, items: [extra, ...board.items].reverse() }, meta));
    expect(one).toBe(two);
  });

  it('builds the same bytes as a Blob from its parts as the joined text', async () => {
    const file = sampleFile();
    const blob = new Blob(serializeBoardFileParts(file), { type: 'application/json' });
    expect(await blob.text()).toBe(serializeBoardFile(file));
  });
});
