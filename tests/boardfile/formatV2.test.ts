// @vitest-environment node
// Board-file format version 2: attachments in items, their bytes in `blobs`; version-1 files migrate.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../src/boardfile/base64';
import { parseBoardFile } from '../../src/boardfile/parse';
import { serializeBoardFile, toBoardFile } from '../../src/boardfile/serialize';
import { sampleBoard } from './makeFixture';

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'tests/boardfile/fixtures', name), 'utf8');

describe('board file version 2', () => {
  it('reads the shipped version 2 fixture with its attachment and bytes', () => {
    const result = parseBoardFile(fixture('v2.redaktionsplan.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const item = result.value.items.find((i) => i.id === 'item-1')!;
    expect(item.attachments).toHaveLength(1);
    expect(item.attachments![0]).toMatchObject({ name: 'wasserampel.png', creator: 'Stadt Musterstadt' });
    const [blob] = result.value.blobs;
    const bytes = base64ToBytes(blob!.base64);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(blob!.hash);
    expect(blob!.hash).toBe(item.attachments![0]!.hash);
  });

  it('migrates a version 1 file: every item gets an empty attachment list, the file no blobs', () => {
    const result = parseBoardFile(fixture('v1.redaktionsplan.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.formatVersion).toBe(2);
    expect(result.value.items.every((i) => Array.isArray(i.attachments) && i.attachments.length === 0)).toBe(
      true,
    );
    expect(result.value.blobs).toEqual([]);
  });

  it('writes blobs sorted by hash, so two exports of one board are identical', () => {
    const blobs = [
      { hash: 'b'.repeat(64), type: 'image/png', size: 1, base64: 'AA==' },
      { hash: 'a'.repeat(64), type: 'image/png', size: 1, base64: 'AQ==' },
    ];
    const meta = { deviceId: 'd', exportedAt: new Date('2026-11-25T09:00:00Z') };
    const board = sampleBoard();
    const one = serializeBoardFile(toBoardFile(board, meta, blobs));
    const two = serializeBoardFile(toBoardFile(board, meta, [...blobs].reverse()));
    expect(one).toBe(two);
    expect(JSON.parse(one).blobs.map((b: { hash: string }) => b.hash[0])).toEqual(['a', 'b']);
  });

  it('leaves out an item whose attachment has a malformed hash or rights, and a malformed blob', () => {
    const text = fixture('v2.redaktionsplan.json');
    type Json = { items: { attachments: Record<string, unknown>[] }[]; blobs: Record<string, unknown>[] };
    const bad = (patch: (file: Json) => void) => {
      const file = JSON.parse(text) as Json;
      patch(file);
      return parseBoardFile(JSON.stringify(file));
    };
    // Damage to one record leaves that record out (issue 15, defect 6); it is never read.
    expect(bad((f) => (f.items[0]!.attachments[0]!.hash = '../../etc/passwd'))).toMatchObject({
      ok: true,
      skipped: [{ record: { list: 'items', index: 0 }, field: 'attachments.0.hash', problem: 'invalid' }],
    });
    expect(bad((f) => (f.items[0]!.attachments[0]!.usage = 'gestohlen'))).toMatchObject({
      skipped: [{ record: { list: 'items', index: 0 }, field: 'attachments.0.usage' }],
    });
    const blob = bad((f) => (f.blobs[0]!.base64 = '<script>'));
    expect(blob).toMatchObject({ skipped: [{ record: { list: 'blobs', index: 0 }, field: 'base64' }] });
    expect(blob.ok && blob.value.blobs.some((b) => b.base64 === '<script>')).toBe(false);
    expect(bad((f) => f.blobs.push(f.blobs[0]!))).toMatchObject({
      ok: false,
      error: { kind: 'duplicateIds' },
    });
  });

  it('encodes and decodes bytes unchanged, also past one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
