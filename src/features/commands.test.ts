import { describe, expect, it } from 'vitest';
import { commands } from './commands.js';

describe('commands', () => {
  const match = commands({ 'Leerruimte status': ['status', 'nl'], 'learning space status': ['status', 'en'] } as const);

  it('matches normalised typed text and says which language the command is in', () => {
    expect(match('  leerruimte STATUS! ')).toEqual({ command: 'status', language: 'nl' });
    expect(match('Learning space status')).toEqual({ command: 'status', language: 'en' });
  });

  it('matches nothing else', () => {
    expect(match('leerruimte status graag')).toBeUndefined();
    expect(match('')).toBeUndefined();
    expect(match(undefined)).toBeUndefined();
  });
});
