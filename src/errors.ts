/**
 * The few error classes Wegwijs throws. Expected outcomes (no match, personal data found, …) are values;
 * these are for misconfiguration, infrastructure failures and bugs. Each carries a stable `code` that is
 * logged instead of anything a user typed.
 */
export class WegwijsError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WegwijsError';
    this.code = code;
  }
}

/** Thrown by the config module; `problems` holds one line per invalid setting. */
export class ConfigError extends WegwijsError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super('config_invalid', `config: ${problems.join('; ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** A stable code for anything thrown, for logs: never the message of an unknown error, which may quote input. */
export function errorCode(error: unknown): string {
  if (error instanceof WegwijsError) return error.code;
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  if (typeof code === 'string' && /^[\w.-]{1,64}$/.test(code)) return code;
  return error instanceof Error ? error.name : 'unknown_error';
}

/** The stack frames of an error without its message (which may quote input), for logs. */
export function stackFrames(error: unknown, limit = 8): string[] {
  if (!(error instanceof Error) || error.stack === undefined) return [];
  return error.stack
    .split('\n')
    .filter((frame) => frame.trimStart().startsWith('at '))
    .slice(0, limit)
    .map((frame) => frame.trim());
}
