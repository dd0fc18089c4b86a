/**
 * Holds the live knowledge engine and swaps it on reload. A reload that fails keeps serving the last good
 * version and reports why, as `file:line: message` lines.
 */
import { watch } from 'node:fs';
import { KnowledgeEngine } from './engine.js';
import { type LoadOptions, loadKnowledge } from './load.js';

export type ReloadResult = { ok: true; entries: number; warnings: string[] } | { ok: false; errors: string[] };

export class KnowledgeHolder {
  private current: KnowledgeEngine;
  private reloading: Promise<ReloadResult> | undefined;

  private constructor(
    private readonly dir: string,
    engine: KnowledgeEngine,
    private readonly options: LoadOptions,
  ) {
    this.current = engine;
  }

  /** Loads `dir`; rejects with every problem when the knowledge is invalid, so that start-up stops. */
  static async load(dir: string, options: LoadOptions = {}): Promise<{ holder: KnowledgeHolder; warnings: string[] }> {
    const result = await loadKnowledge(dir, options);
    if (!result.ok) throw new KnowledgeInvalidError(result.errors);
    return { holder: new KnowledgeHolder(dir, new KnowledgeEngine(result.kb), options), warnings: result.warnings };
  }

  get engine(): KnowledgeEngine {
    return this.current;
  }

  /** Loads the folder again; on success the new version serves the next question. */
  reload(): Promise<ReloadResult> {
    this.reloading ??= loadKnowledge(this.dir, this.options)
      .then((result): ReloadResult => {
        if (!result.ok) return { ok: false, errors: result.errors };
        this.current = new KnowledgeEngine(result.kb);
        return { ok: true, entries: result.kb.entries.length, warnings: result.warnings };
      })
      .finally(() => {
        this.reloading = undefined;
      });
    return this.reloading;
  }

  /** Reloads when a file changes (development); returns a function that stops watching. */
  watch(onReload: (result: ReloadResult) => void): () => void {
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(this.dir, { recursive: true }, () => {
      clearTimeout(timer);
      // Editors write files in bursts: wait for the last write.
      timer = setTimeout(() => void this.reload().then(onReload), 200);
    });
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  }
}

export class KnowledgeInvalidError extends Error {
  readonly code = 'kb_invalid';

  constructor(readonly errors: readonly string[]) {
    super(`knowledge: ${errors.length} problem(s)\n${errors.join('\n')}`);
    this.name = 'KnowledgeInvalidError';
  }
}
