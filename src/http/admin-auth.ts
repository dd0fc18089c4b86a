/**
 * Bearer-token check for the admin endpoints, in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when `authorization` is `Bearer <token>` with exactly `expected`. Both sides are hashed first so
 * that the comparison takes the same time whatever the length or content of the guess.
 */
export function isAdminAuthorized(authorization: string | undefined, expected: string | undefined): boolean {
  if (expected === undefined || expected === '' || authorization === undefined) return false;
  const match = /^Bearer (.+)$/.exec(authorization);
  const presented = match?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected)) && presented !== '';
}
