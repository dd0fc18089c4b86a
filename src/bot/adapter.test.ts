import type { BotFrameworkAuthentication, ClaimsIdentity, ConnectorClient } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { withClientCache } from './adapter.js';

function fakeAuth(fail: () => boolean = () => false) {
  const created: string[] = [];
  const claimsIdentity = { claims: [{ type: 'appid', value: 'app-1' }] } as unknown as ClaimsIdentity;
  const factory = {
    create: async (serviceUrl: string, audience?: string) => {
      created.push(`${serviceUrl} ${audience}`);
      if (fail()) throw new Error('token endpoint down');
      return { serviceUrl } as unknown as ConnectorClient;
    },
  };
  const auth = {
    authenticateRequest: async () => ({ audience: 'aud', callerId: '', claimsIdentity, connectorFactory: factory }),
    createConnectorFactory: () => factory,
    createUserTokenClient: async () => ({}),
  } as unknown as BotFrameworkAuthentication;
  return { auth, created, claimsIdentity };
}

describe('withClientCache', () => {
  it('creates one connector client per service URL and audience, not one per turn', async () => {
    const { auth, created } = fakeAuth();
    const cached = withClientCache(auth);
    for (let turn = 0; turn < 3; turn++) {
      const result = await cached.authenticateRequest({} as never, '');
      await result.connectorFactory?.create('https://smba.example/', 'aud');
    }
    const other = await cached.authenticateRequest({} as never, '');
    await other.connectorFactory?.create('https://other.example/', 'aud');
    expect(created).toEqual(['https://smba.example/ aud', 'https://other.example/ aud']);
  });

  it('does not remember a failed creation', async () => {
    let failing = true;
    const { auth, created, claimsIdentity } = fakeAuth(() => failing);
    const factory = withClientCache(auth).createConnectorFactory(claimsIdentity);
    await expect(factory.create('https://smba.example/', 'aud')).rejects.toThrow('token endpoint down');
    failing = false;
    await expect(factory.create('https://smba.example/', 'aud')).resolves.toBeDefined();
    expect(created).toHaveLength(2);
  });
});
