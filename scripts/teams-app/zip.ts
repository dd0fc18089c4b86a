/**
 * The Teams app package as a ZIP: written with fflate, reproducible byte for byte (a fixed timestamp),
 * and read back for tests with every entry's CRC-32 checked — fflate's reader does not check it, and a
 * corrupted entry would otherwise come out as silent garbage.
 */
import { crc32 } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** 1 January 2026, 00:00 (local time, as ZIP stores it): the same bytes for the same files. */
const FIXED_TIME = new Date(2026, 0, 1);

export function createZip(entries: readonly ZipEntry[]): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    const segments = entry.name.split('/');
    if (segments.some((segment) => !/^[\w.-]+$/.test(segment) || /^\.+$/.test(segment))) {
      throw new Error(`unsafe zip entry name: ${entry.name}`);
    }
    files[entry.name] = entry.data;
  }
  return Buffer.from(zipSync(files, { level: 9, mtime: FIXED_TIME }));
}

/** Every entry, in the archive's order, each checked against the CRC-32 its central directory records. */
export function readZip(file: Uint8Array): ZipEntry[] {
  const stored = storedCrcs(file);
  return Object.entries(unzipSync(file)).map(([name, data]) => {
    if (crc32(data) !== stored.get(name)) throw new Error(`${name}: CRC mismatch`);
    return { name, data };
  });
}

/** Name → CRC-32 from the central directory (the one part of the format fflate does not hand back). */
function storedCrcs(file: Uint8Array): Map<string, number> {
  const zip = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a zip file: no end of central directory');
  const crcs = new Map<string, number>();
  let at = zip.readUInt32LE(endAt + 16);
  for (let i = zip.readUInt16LE(endAt + 10); i > 0; i--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    crcs.set(zip.toString('utf8', at + 46, at + 46 + nameLength), zip.readUInt32LE(at + 16));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return crcs;
}
