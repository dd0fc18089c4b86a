/**
 * Structured JSON logs (pino). What goes in a log line: ids, routes, intents, timings and error codes.
 * Never what a user typed, nor the values of a card they submitted.
 */
import pino from 'pino';
import type { LogLevel } from './config.js';

export type Logger = pino.Logger;

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; stdout by default. Tests pass a stream to read the lines back. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'wegwijs' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Synchronous, as Node writes to a pipe on Linux anyway: with the asynchronous destination, the exit hook's
    // synchronous flush could overtake a line still being written ("stopped" before "stopping"), and a crash
    // could lose the last lines.
    options.destination ?? pino.destination({ sync: true }),
  );
}
