import { describe, expect, it } from 'vitest';
import { UserRateLimiter } from './user-rate-limiter.js';

describe('UserRateLimiter', () => {
  it('allows perMinute messages, notifies once, then drops silently until the minute has passed', () => {
    let now = 0;
    const limiter = new UserRateLimiter({ perMinute: 2, now: () => now });
    expect([limiter.take('u'), limiter.take('u'), limiter.take('u'), limiter.take('u')]).toEqual([
      'allow',
      'allow',
      'deny-notify',
      'deny-silent',
    ]);
    expect(limiter.take('other')).toBe('allow');
    now = 60_001;
    expect(limiter.take('u')).toBe('allow');
  });

  it('slides: a message leaves the window exactly one minute after it was allowed', () => {
    let now = 0;
    const limiter = new UserRateLimiter({ perMinute: 1, now: () => now });
    expect(limiter.take('u')).toBe('allow');
    now = 59_999;
    expect(limiter.take('u')).toBe('deny-notify');
    now = 60_000;
    expect(limiter.take('u')).toBe('allow');
  });

  it('is off at 0', () => {
    const limiter = new UserRateLimiter({ perMinute: 0 });
    for (let i = 0; i < 1000; i += 1) expect(limiter.take('u')).toBe('allow');
  });

  it('forgets the least recently seen user when full, bounding memory', () => {
    const limiter = new UserRateLimiter({ perMinute: 1, maxUsers: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // forgets a
    expect(limiter.take('a')).toBe('allow');
    expect(limiter.take('c')).toBe('deny-notify');
  });
});
