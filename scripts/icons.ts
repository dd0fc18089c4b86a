/**
 * `npm run icons`: draws the two Teams app icons into manifest/ — a signpost, white on the Wegwijs teal
 * (color, 192×192) and white on transparent (outline, 32×32). Deterministic: rerunning changes nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readOptions } from './cli-args.js';
import { encodePng, type Image } from './teams-app/png.js';

const TEAL = [0x0f, 0x6e, 0x6e] as const;

/** The signpost in unit coordinates: a pole and two arrow-shaped signs pointing opposite ways. */
function insideSignpost(x: number, y: number): boolean {
  const pole = x >= 0.46 && x <= 0.54 && y >= 0.16 && y <= 0.86;
  const base = x >= 0.34 && x <= 0.66 && y >= 0.82 && y <= 0.88;
  const arrow = (top: number, bottom: number, from: number, to: number, tip: number): boolean => {
    if (y < top || y > bottom) return false;
    const middle = (top + bottom) / 2;
    const half = (bottom - top) / 2;
    if (x >= Math.min(from, to) && x <= Math.max(from, to)) return true;
    const reach = half - Math.abs(y - middle); // how far the tip extends at this height
    return tip > to ? x > to && x <= to + reach * ((tip - to) / half) : x < to && x >= to - reach * ((to - tip) / half);
  };
  const right = arrow(0.22, 0.4, 0.24, 0.7, 0.8);
  const left = arrow(0.46, 0.64, 0.76, 0.3, 0.2);
  return pole || base || right || left;
}

function draw(size: number, background: readonly [number, number, number] | undefined, margin: number): Image {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((px + (sx + 0.5) / samples) / size - margin) / (1 - 2 * margin);
          const v = ((py + (sy + 0.5) / samples) / size - margin) / (1 - 2 * margin);
          if (insideSignpost(u, v)) covered++;
        }
      }
      const coverage = covered / (samples * samples);
      const at = (py * size + px) * 4;
      if (background === undefined) {
        rgba.set([255, 255, 255, Math.round(coverage * 255)], at);
      } else {
        const mix = (channel: number) => Math.round(channel + (255 - channel) * coverage);
        rgba.set([mix(background[0]), mix(background[1]), mix(background[2]), 255], at);
      }
    }
  }
  return { width: size, height: size, rgba };
}

async function main(): Promise<void> {
  const dir = path.resolve(readOptions('icons', { dir: { type: 'string' } }).dir ?? 'manifest');
  await writeFile(path.join(dir, 'color.png'), encodePng(draw(192, TEAL, 0.14)));
  await writeFile(path.join(dir, 'outline.png'), encodePng(draw(32, undefined, 0.02)));
  process.stdout.write(`icons: wrote color.png (192×192) and outline.png (32×32) to ${dir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`icons: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
