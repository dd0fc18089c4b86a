import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = path.resolve('src/features');
const WALL_CLOCK = /new Date\(\)|Date\.now\b|SYSTEM_CLOCK\.now/;
const REASON = /Real time on purpose/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('the one clock', () => {
  it('no feature reads the wall clock itself, unless a comment just above says why', () => {
    const unexplained = sources(FEATURES).flatMap((file) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      return lines.flatMap((line, index) =>
        WALL_CLOCK.test(line) && !lines.slice(Math.max(0, index - 2), index + 1).some((near) => REASON.test(near))
          ? [`${path.relative(FEATURES, file)}:${index + 1}`]
          : [],
      );
    });
    expect(unexplained).toEqual([]);
  });
});
