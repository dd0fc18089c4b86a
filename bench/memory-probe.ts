/**
 * Loaded into both bots by the benchmark's RSS measurement (`node --expose-gc --import …/memory-probe.js`),
 * so that both get the same treatment: on SIGUSR2 it collects garbage twice and writes
 * `process.memoryUsage()` as JSON to {@link probeFile} of its pid. Nothing else; no timers.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the probe of process `pid` writes. */
export function probeFile(pid: number): string {
  return path.join(tmpdir(), `wegwijs-memory-probe-${pid}.json`);
}

const collect = (globalThis as { gc?: () => void }).gc;
if (collect !== undefined) {
  process.on('SIGUSR2', () => {
    collect();
    collect();
    writeFileSync(probeFile(process.pid), JSON.stringify(process.memoryUsage()));
  });
}
