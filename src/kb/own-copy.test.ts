import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy } from './own-copy.js';
import { asMap, parseYamlFile, seqItems } from './yaml-source.js';

/** A full collection, as `--expose-gc` gives it (set for this process here). */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The ids of a YAML file of `count` entries, each with a long note; the file's text goes out of scope. */
function idsOfLargeFile(count: number): string[] {
  const note = 'een lange tekst over schuldhulp en de meldcode '.repeat(80);
  const text = Array.from(
    { length: count },
    (_, at) => `- id: een-lange-naam-van-entry-${at}\n  note: "${note}"\n`,
  ).join('');
  const source = parseYamlFile('large.yaml', text);
  return (seqItems(source.root) ?? []).map((item) => String(asMap(item)?.get('id')));
}

describe('ownCopy', () => {
  it.each(['', 'kort', 'een-lange-naam-van-een-entry', 'één tekst met accenten en 112 — en meer'])(
    'gives the same text: "%s"',
    (text) => {
      const cut = `xx ${text} yy`.slice(3, 3 + text.length);
      expect(ownCopy(cut)).toBe(text);
    },
  );

  // An id of 13 characters or more cut from a file was a slice that kept the whole file alive (3.9 MiB of the
  // loaded knowledge's heap were file texts and entry texts held so).
  it('keeps no knowledge file alive through the values read from it', () => {
    collect();
    const before = process.memoryUsage().heapUsed;
    const ids = idsOfLargeFile(2_000); // about 7.5 MB of text
    collect();
    const kept = process.memoryUsage().heapUsed - before;
    expect(ids[1_999]).toBe('een-lange-naam-van-entry-1999');
    expect(kept).toBeLessThan(2 * 2 ** 20);
  });
});
