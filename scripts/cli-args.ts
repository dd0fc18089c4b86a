/**
 * Command-line options through Node's `util.parseArgs`: each script declares what it takes, and a
 * misspelt option (`--ouy`) or a missing value stops it with a message instead of being ignored.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The options `command` was started with (`process.argv` after the script), as declared in `options`.
 * An unknown option, a stray argument or a value where none belongs: the reason on stderr, exit 2.
 *
 * @example const { out } = readOptions('export', { out: { type: 'string' } });
 */
type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>
>['values'];

export function readOptions<const T extends Options>(
  command: string,
  options: T,
  args: string[] = process.argv.slice(2),
): Parsed<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    process.stderr.write(`${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
