import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkIcon, decodePng, encodePng, pngChunk } from '../../scripts/teams-app/png.js';

function solid(size: number, rgba: [number, number, number, number]): Uint8Array {
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) data.set(rgba, i * 4);
  return data;
}

/** A PNG written by hand, to read filters our encoder never writes. */
function handMade(width: number, height: number, colorType: number, rows: number[][]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from(rows.flat()))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('png', () => {
  it('round-trips an RGBA image', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const image = decodePng(encodePng({ width: 3, height: 2, rgba }));
    expect(image.width).toBe(3);
    expect(image.height).toBe(2);
    expect([...image.rgba]).toEqual([...rgba]);
  });

  it('undoes the Sub, Up, Average and Paeth filters (RGB)', () => {
    // 2×4 RGB, one row per filter. Expected pixels: row y, pixel x = [10y+x, 20, 30].
    const file = handMade(2, 4, 2, [
      [1, 0, 20, 30, 1, 0, 0], // Sub: second pixel = first + [1,0,0]
      [2, 10, 0, 0, 10, 0, 0], // Up: each = above + delta
      [3, 15, 10, 15, 6, 0, 0], // Average: floor((left+up)/2) + delta
      [4, 10, 0, 0, 1, 0, 0], // Paeth
    ]);
    const image = decodePng(file);
    const pixel = (x: number, y: number) => [...image.rgba.subarray((y * 2 + x) * 4, (y * 2 + x) * 4 + 4)];
    for (let y = 0; y < 4; y++) {
      expect(pixel(0, y)).toEqual([10 * y, 20, 30, 255]);
      expect(pixel(1, y)).toEqual([10 * y + 1, 20, 30, 255]);
    }
  });

  it('refuses what it cannot read, with a reason', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
    const sixteenBit = handMade(1, 1, 6, [[0, 0, 0, 0, 0]]);
    sixteenBit[24] = 16; // IHDR bit depth
    expect(() => decodePng(sixteenBit)).toThrow();
  });
});

describe('checkIcon', () => {
  it('accepts a 192×192 colour icon and a white-on-transparent 32×32 outline', () => {
    expect(checkIcon('color', encodePng({ width: 192, height: 192, rgba: solid(192, [15, 110, 110, 255]) }))).toEqual(
      [],
    );
    const outline = solid(32, [0, 0, 0, 0]);
    outline.set([255, 255, 255, 128], 40 * 4);
    expect(checkIcon('outline', encodePng({ width: 32, height: 32, rgba: outline }))).toEqual([]);
  });

  it('names each way an icon breaks the rules', () => {
    expect(checkIcon('color', encodePng({ width: 96, height: 96, rgba: solid(96, [0, 0, 0, 255]) }))).toEqual([
      'must be 192×192 pixels, is 96×96',
    ]);
    const opaque = checkIcon('outline', encodePng({ width: 32, height: 32, rgba: solid(32, [255, 255, 255, 255]) }));
    expect(opaque).toEqual(['must have a transparent background']);
    const grey = solid(32, [0, 0, 0, 0]);
    grey.set([200, 200, 200, 255], 0);
    expect(checkIcon('outline', encodePng({ width: 32, height: 32, rgba: grey }))).toEqual([
      'must be white on transparent; 1 pixels are another colour',
    ]);
    expect(checkIcon('color', Buffer.from('not an image'))).toEqual(['not a PNG file']);
  });
});
