/**
 * The personal-data guard's goals: ≥ 95% of texts with personal data caught, ≥ 92% of clean case texts
 * passed — on the tuning set and on the held-out set it never saw.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePii, formatPiiReport, loadPiiSamples } from '../../scripts/pii-eval-lib.js';
import { placeNames } from '../../src/kb/place-names.js';
import { realKnowledge } from '../../src/kb/test-kb.js';

describe('personal-data guard evaluation', async () => {
  const allowed = placeNames(await realKnowledge());
  const main = await loadPiiSamples(path.resolve('tests/eval/pii.yaml'));
  const holdout = await loadPiiSamples(path.resolve('tests/eval/pii-holdout.yaml'));
  // Whole case texts, written for the case form; first run before tuning: 24/25 caught, 25/25 passed.
  const holdout2 = await loadPiiSamples(path.resolve('tests/eval/pii-holdout-2.yaml'));
  // Lower case, capitals, prefixed and hyphenated surnames, digits of other scripts, invisible characters;
  // written before the guard read them: first 61/191 caught, 65/65 passed; after the changes of issue 14
  // 157/191 and 65/65. Gated at what it reached, below the other sets' goal: see the README.
  const holdout3 = await loadPiiSamples(path.resolve('tests/eval/pii-holdout-3.yaml'));

  it('has at least 150 synthetic texts, both with and without personal data', () => {
    expect(main.length + holdout.length).toBeGreaterThanOrEqual(150);
    expect(main.filter((sample) => sample.pii.length === 0).length).toBeGreaterThan(50);
  });

  it.each([
    ['the tuning set', main],
    ['the held-out set', holdout],
    ['the second held-out set (whole cases)', holdout2],
  ])('meets its goals on %s', (_name, samples) => {
    const report = evaluatePii(samples, { allowed });
    expect(report.caught / report.withPii, formatPiiReport(report)).toBeGreaterThanOrEqual(0.95);
    expect(report.passed / report.clean, formatPiiReport(report)).toBeGreaterThanOrEqual(0.92);
  });

  it('keeps what it reached on the third held-out set (other spellings): ≥ 82% caught, ≥ 95% passed', () => {
    const report = evaluatePii(holdout3, { allowed });
    expect(report.caught / report.withPii, formatPiiReport(report)).toBeGreaterThanOrEqual(0.82);
    expect(report.passed / report.clean, formatPiiReport(report)).toBeGreaterThanOrEqual(0.95);
  });
});
