import { describe, expect, it } from 'vitest';
import type { DocumentStore } from './document-store.js';
import { MemoryDocumentStore } from './memory-document-store.js';
import { createStorageProbe, PROBE_PARTITION } from './probe.js';

/** A store whose writes fail (or hang) once `broken` is set. */
function breakable(mode: 'throw' | 'hang') {
  const store = new MemoryDocumentStore();
  const state = { broken: false, puts: 0 };
  const put: DocumentStore['put'] = async (...args) => {
    state.puts += 1;
    if (!state.broken) return store.put(...args);
    if (mode === 'throw') throw new Error('disk I/O error');
    return new Promise(() => {});
  };
  return { store: Object.assign(Object.create(store) as MemoryDocumentStore, { put }), state };
}

describe('storage probe', () => {
  it('writes and reads a document, and keeps the answer for cacheMs', async () => {
    // The store reads the system clock, so the probe's clock starts there too (the document's expiry is from it).
    const start = Date.now();
    let now = start;
    const { store, state } = breakable('throw');
    const probe = createStorageProbe(store, { cacheMs: 5_000, clock: { now: () => new Date(now) } });
    expect(await probe.check()).toBe(true);
    expect((await store.list(PROBE_PARTITION)).items).toHaveLength(1);
    state.broken = true;
    now = start + 4_999;
    expect(await probe.check()).toBe(true);
    now = start + 5_000;
    expect(await probe.check()).toBe(false);
    expect(state.puts).toBe(2);
  });

  it('counts each failed probe, and shares one round trip between concurrent checks', async () => {
    const { store, state } = breakable('throw');
    state.broken = true;
    let failures = 0;
    const probe = createStorageProbe(store, { cacheMs: 0, onFailure: () => (failures += 1) });
    expect(await Promise.all([probe.check(), probe.check(), probe.check()])).toEqual([false, false, false]);
    expect(state.puts).toBe(1);
    expect(failures).toBe(1);
  });

  it('fails a probe that takes longer than timeoutMs', async () => {
    const { store, state } = breakable('hang');
    state.broken = true;
    const probe = createStorageProbe(store, { timeoutMs: 20 });
    expect(await probe.check()).toBe(false);
  });
});
