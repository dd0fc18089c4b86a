import { describe, expect, it } from 'vitest';
import { createZip, readZip } from '../../scripts/teams-app/zip.js';

describe('zip', () => {
  it('round-trips entries, and is reproducible byte for byte', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from('{"a":1}\n'.repeat(50)) },
      { name: 'color.png', data: Buffer.from([0, 1, 2, 3, 255]) },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    ];
    const zip = createZip(entries);
    expect(readZip(zip).map((e) => [e.name, Buffer.from(e.data).toString('hex')])).toEqual(
      entries.map((e) => [e.name, e.data.toString('hex')]),
    );
    expect(createZip(entries).equals(zip)).toBe(true);
  });

  it('notices a corrupted entry', () => {
    const zip = createZip([{ name: 'a.txt', data: Buffer.alloc(100, 'a') }]);
    // Compressed data starts after the 30-byte local header and the 5-byte name.
    const broken = Buffer.from(zip);
    broken[36] = (broken[36] ?? 0) ^ 0xff;
    expect(() => readZip(broken)).toThrow();
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/not a zip/);
  });

  it('refuses entry names that could escape the folder', () => {
    expect(() => createZip([{ name: '../evil.json', data: Buffer.alloc(1) }])).toThrow(/unsafe/);
    expect(() => createZip([{ name: '/abs.json', data: Buffer.alloc(1) }])).toThrow(/unsafe/);
  });
});
