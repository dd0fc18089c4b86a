/**
 * Just enough PNG for the Teams app icons: encode an RGBA image, and read one back (any filter, 8-bit
 * greyscale/RGB/RGBA, with or without alpha) to check the sizes and the outline rules Teams applies.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row by row. */
  rgba: Uint8Array;
}

/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(image: Image): Buffer {
  const { width, height, rgba } = image;
  if (rgba.length !== width * height * 4) throw new Error('rgba length does not match width × height × 4');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** Decodes a PNG to RGBA. Throws an Error with a plain reason for anything it cannot read. */
export function decodePng(file: Uint8Array): Image {
  const { header, data } = readChunks(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  const { width, height, bitDepth, colorType, interlace } = header;
  const channels = CHANNELS[colorType];
  if (width === 0 || height === 0) throw new Error('no IHDR chunk');
  if (channels === undefined || bitDepth !== 8) {
    throw new Error(`unsupported PNG format (colour type ${colorType}, bit depth ${bitDepth}); use 8-bit RGBA`);
  }
  if (interlace !== 0) throw new Error('interlaced PNGs are not supported; save without interlacing');
  const pixels = unfilter(inflateSync(data), width, height, channels);
  return { width, height, rgba: toRgba(pixels, width * height, channels) };
}

/** The header and the joined image data of a PNG file. */
function readChunks(buffer: Buffer): { header: Header; data: Buffer } {
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const header: Header = { width: 0, height: 0, bitDepth: 0, colorType: -1, interlace: 0 };
  const data: Buffer[] = [];
  let offset = 8;
  while (offset + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length) throw new Error(`truncated ${type} chunk`);
    if (type === 'IHDR') {
      header.width = body.readUInt32BE(0);
      header.height = body.readUInt32BE(4);
      header.bitDepth = body[8] ?? 0;
      header.colorType = body[9] ?? -1;
      header.interlace = body[12] ?? 0;
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  return { header, data: Buffer.concat(data) };
}

/** Undoes each row's filter (none, sub, up, average, Paeth): the raw samples, row by row. */
function unfilter(raw: Buffer, width: number, height: number, channels: number): Buffer {
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) throw new Error('image data is shorter than the image');
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else throw new Error(`unknown PNG row filter ${filter}`);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return pixels;
}

/** Greyscale, grey + alpha, RGB or RGBA samples as RGBA. */
function toRgba(pixels: Buffer, count: number, channels: number): Uint8Array {
  const rgba = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const p = i * channels;
    const [r, g, b, a] =
      channels === 1
        ? [pixels[p], pixels[p], pixels[p], 255]
        : channels === 2
          ? [pixels[p], pixels[p], pixels[p], pixels[p + 1]]
          : channels === 3
            ? [pixels[p], pixels[p + 1], pixels[p + 2], 255]
            : [pixels[p], pixels[p + 1], pixels[p + 2], pixels[p + 3]];
    rgba.set([r ?? 0, g ?? 0, b ?? 0, a ?? 0], i * 4);
  }
  return rgba;
}

/**
 * What Teams requires of an app icon: color is 192×192; outline is 32×32, white on a transparent
 * background (every pixel either transparent or white). Returns the problems; empty means fine.
 */
export function checkIcon(kind: 'color' | 'outline', file: Uint8Array): string[] {
  let image: Image;
  try {
    image = decodePng(file);
  } catch (error) {
    return [(error as Error).message];
  }
  const size = kind === 'color' ? 192 : 32;
  const problems: string[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push(`must be ${size}×${size} pixels, is ${image.width}×${image.height}`);
  }
  if (kind === 'outline') {
    let transparent = 0;
    let coloured = 0;
    for (let i = 0; i < image.width * image.height; i++) {
      const [r, g, b, a] = image.rgba.subarray(i * 4, i * 4 + 4);
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) coloured++;
    }
    if (transparent === 0) problems.push('must have a transparent background');
    if (coloured > 0) problems.push(`must be white on transparent; ${coloured} pixels are another colour`);
  }
  return problems;
}
