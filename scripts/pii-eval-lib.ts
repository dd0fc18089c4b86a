/**
 * Evaluates the personal-data guard on labelled synthetic texts: the share of texts with personal data
 * that are caught (any finding blocks them), and of clean case texts that pass.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { type DetectOptions, detectPersonalData, type FindingType } from '../src/pii/index.js';

export interface PiiSample {
  text: string;
  pii: FindingType[];
}

export interface PiiReport {
  withPii: number;
  caught: number;
  /** Texts where every expected kind was found. */
  allKindsFound: number;
  clean: number;
  passed: number;
  misses: string[];
  falseAlarms: string[];
}

export async function loadPiiSamples(file: string): Promise<PiiSample[]> {
  return parse(await readFile(file, 'utf8')) as PiiSample[];
}

export function evaluatePii(samples: readonly PiiSample[], options: DetectOptions = {}): PiiReport {
  const report: PiiReport = {
    withPii: 0,
    caught: 0,
    allKindsFound: 0,
    clean: 0,
    passed: 0,
    misses: [],
    falseAlarms: [],
  };
  for (const sample of samples) {
    const findings = detectPersonalData(sample.text, options);
    if (sample.pii.length > 0) {
      report.withPii += 1;
      if (findings.length > 0) report.caught += 1;
      else report.misses.push(sample.text);
      const kinds = new Set<FindingType>(
        findings.map((finding) => (finding.type === 'date' ? 'date-of-birth' : finding.type)),
      );
      if (sample.pii.every((kind) => kinds.has(kind))) report.allKindsFound += 1;
    } else {
      report.clean += 1;
      if (findings.length === 0) report.passed += 1;
      else
        report.falseAlarms.push(
          `${sample.text}  ← ${findings.map((f) => `${f.type} "${sample.text.slice(f.start, f.end)}"`).join(', ')}`,
        );
    }
  }
  return report;
}

export function formatPiiReport(report: PiiReport): string {
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  return [
    `texts with personal data caught: ${report.caught}/${report.withPii} (${pct(report.caught, report.withPii)}; goal ≥ 95%)`,
    `  every expected kind found:     ${report.allKindsFound}/${report.withPii} (${pct(report.allKindsFound, report.withPii)})`,
    `clean case texts passed:         ${report.passed}/${report.clean} (${pct(report.passed, report.clean)}; goal ≥ 92%)`,
    ...report.misses.map((text) => `  ✗ missed: ${text}`),
    ...report.falseAlarms.map((text) => `  ✗ flagged: ${text}`),
  ].join('\n');
}
