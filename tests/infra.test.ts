/**
 * The Bicep templates in infra/, checked as far as this machine can (no Bicep CLI, no Azure here): every
 * file parses with the Bicep tree-sitter grammar (syntax only, no types), main.bicep declares what
 * production needs with the settings Wegwijs reads, and the parameter file matches the template.
 * `az bicep build` and `az deployment group what-if` remain the real check (docs/deploy-azure.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, type Node, Parser } from 'web-tree-sitter';

const INFRA = path.resolve('infra');
const main = readFileSync(path.join(INFRA, 'main.bicep'), 'utf8');
const config = readFileSync(path.resolve('src/config.ts'), 'utf8');

let parser: Parser;
beforeAll(async () => {
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');
  parser = new Parser();
  parser.setLanguage(await Language.load(wasm));
});

function syntaxErrors(file: string): string[] {
  const tree = parser.parse(readFileSync(path.join(INFRA, file), 'utf8'));
  const errors: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'ERROR' || node.isMissing) {
      errors.push(`infra/${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}: syntax error`);
    }
    for (const child of node.children) if (child !== null) walk(child);
  };
  if (tree !== null) walk(tree.rootNode);
  return errors;
}

/** `resource x 'Type@version'` declarations: type → version. */
const resources = new Map(
  [...main.matchAll(/^resource \w+ '([^'@]+)@([^']+)'/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
);
/** The web app's settings: `{ name: 'X', value: … }`. */
const settings = new Map(
  [...main.matchAll(/\{ name: '([A-Za-z_]+)', value: (.*) \}$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
);

describe('infra/', () => {
  it.each(readdirSync(INFRA).filter((file) => file.endsWith('.bicep')))('%s parses as Bicep', (file) => {
    expect(syntaxErrors(file)).toEqual([]);
  });

  it('declares the plan, the Linux web app, storage, Key Vault, Application Insights and the Azure Bot with Teams', () => {
    expect([...resources.keys()]).toEqual(
      expect.arrayContaining([
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.KeyVault/vaults',
        'Microsoft.KeyVault/vaults/secrets',
        'Microsoft.OperationalInsights/workspaces',
        'Microsoft.Insights/components',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
      ]),
    );
    for (const version of resources.values()) expect(version).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
    expect(main).toContain("channelName: 'MsTeamsChannel'");
    expect(main).toMatch(/endpoint: 'https:\/\/\$\{hostName\}\/api\/messages'/);
    expect(main).toContain("msaAppType: 'SingleTenant'");
  });

  it('runs Node 22 LTS with Always On, the readiness health check and the start command', () => {
    expect(main).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(main).toContain('alwaysOn: true');
    expect(main).toContain("healthCheckPath: '/readyz'");
    expect(main).toContain("appCommandLine: 'node --disable-warning=DEP0111 dist/src/main.js'");
    expect(main).toContain('reserved: true');
  });

  it('gives the app the settings production needs, secrets as Key Vault references', () => {
    expect(settings.get('NODE_ENV')).toBe("'production'");
    for (const secret of ['MicrosoftAppPassword', 'ADMIN_TOKEN', 'AZURE_STORAGE_CONNECTION_STRING']) {
      expect(settings.get(secret)).toMatch(/^'@Microsoft\.KeyVault\(/);
    }
    for (const name of ['MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'ALLOWED_TENANTS']) {
      expect(settings.has(name)).toBe(true);
    }
    expect(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toContain('appInsights.properties.ConnectionString');
    expect(settings.get('DATA_DIR')).toBe("'/home/data'");
    expect(settings.get('CUSTOM_BUILD_COMMAND')).toBe("'npm ci --omit=dev'");
  });

  it('names only settings Wegwijs reads, besides App Service’s own', () => {
    const platform = /^(SCM_|WEBSITES?_|CUSTOM_BUILD_COMMAND$)/;
    const unknown = [...settings.keys()].filter((name) => !platform.test(name) && !config.includes(`'${name}'`));
    expect(unknown).toEqual([]);
  });

  it('main.bicepparam sets only parameters main.bicep has, and every one without a default', () => {
    const declared = new Map(
      [...main.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => [m[1] ?? '', m[2] !== undefined]),
    );
    const file = readFileSync(path.join(INFRA, 'main.bicepparam'), 'utf8');
    expect(file).toMatch(/^using 'main\.bicep'$/m);
    const set = [...file.matchAll(/^param (\w+) = /gm)].map((m) => m[1] ?? '');
    expect(set.filter((name) => !declared.has(name))).toEqual([]);
    const required = [...declared].filter(([, hasDefault]) => !hasDefault).map(([name]) => name);
    expect(required.filter((name) => !set.includes(name))).toEqual([]);
    // Secrets never in the file.
    expect(file).toMatch(/param botPassword = readEnvironmentVariable\(/);
    expect(file).toMatch(/param adminToken = readEnvironmentVariable\(/);
  });
});
