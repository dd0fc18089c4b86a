/**
 * Shared bits of the command-line scripts: the config and store they run against, and `--flag value`.
 */
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { createDocumentStore, type DocumentStore } from '../src/storage/index.js';

export { readOptions } from './cli-args.js';

/** Opens the store the environment configures (as `npm start` would), or exits with the config problems. */
export async function openConfiguredStore(command: string): Promise<DocumentStore> {
  try {
    const store = createDocumentStore(loadConfig());
    await store.init();
    return store;
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`${command}: config: ${problem}\n`);
      process.exit(1);
    }
    throw error;
  }
}
