/**
 * The only module that reads `process.env`. Everything is parsed and validated once at start; each
 * problem becomes one line, and the process refuses to start while any remain.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.js';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type StorageKind = 'sqlite' | 'azure-tables' | 'memory';

export interface BotCredentials {
  appId: string;
  appPassword: string;
  appType: AppType;
  tenantId: string;
}

export interface Config {
  port: number;
  /** 127.0.0.1 in local mode (no credentials), all interfaces otherwise. */
  host: string;
  dataDir: string;
  /** The knowledge base folder. */
  knowledgeDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: LogLevel;
  /** Undefined means local mode: no Bot Framework authentication, loopback only. */
  credentials: BotCredentials | undefined;
  /** Tenant ids whose activities are answered; empty means any tenant. */
  allowedTenants: ReadonlySet<string>;
  /** Only Teams (`channelId` msteams) is served: in production. Elsewhere the Playground and tests may differ. */
  teamsOnly: boolean;
  /** Bearer token for the admin HTTP endpoints; undefined switches those endpoints off. */
  adminToken: string | undefined;
  /** AAD object ids of Wegwijs admins. */
  adminAadIds: ReadonlySet<string>;
  /** Messages per user per minute; 0 switches the limit off. */
  userRateLimit: number;
  /** How long a shared case is kept after it was submitted, then deleted. */
  caseRetentionMonths: number;
  storage: StorageKind;
  /** The in-process leerruimte scheduler; off when an external timer calls the dispatch endpoint. */
  scheduler: boolean;
  /** Leerruimte posts per second per tenant (Teams allows 50). */
  leerruimteTenantRate: number;
  /** After how long a delivery claim left in flight (its process died) may be taken over. */
  leerruimteStaleClaimMs: number;
  azureStorageConnectionString: string | undefined;
  azureTablePrefix: string;
  /** How often a failed Azure Tables call is retried (with exponential back-off) before it counts as failed. */
  azureStorageMaxRetries: number;
  /** Application Insights; undefined sends no telemetry at all (the SDK is not even loaded). */
  applicationInsightsConnectionString: string | undefined;
  /** On SIGTERM: how long in-flight turns and a running leerruimte cycle may take before they are cut off. */
  shutdownTimeoutMs: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const APP_TYPES: readonly AppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];
const NODE_ENVS: readonly Config['nodeEnv'][] = ['development', 'production', 'test'];
const STORAGE_KINDS: readonly StorageKind[] = ['sqlite', 'azure-tables', 'memory'];
const MIN_ADMIN_TOKEN_LENGTH = 24;

/**
 * Reads `.env` from `dir` into `process.env` with Node's own parser (`process.loadEnvFile`, the same
 * format as `node --env-file`). A variable set in the real environment wins over the file, so an App
 * Service setting or `PORT=4000 npm start` is never overruled by a forgotten file. Returns the path read,
 * or undefined when there is no file.
 */
export function loadEnvFile(dir: string = process.cwd()): string | undefined {
  const file = path.join(dir, '.env');
  if (!existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
}

/** Parses the environment into a validated {@link Config}; throws {@link ConfigError} listing every problem. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const problems: string[] = [];
  const { text, oneOf, integer, list } = createEnvReader(env, problems);
  // Read in this order so that the problems are listed in it: who runs, then where things are kept.
  const nodeEnv = oneOf('NODE_ENV', NODE_ENVS, 'development');
  const credentials = readCredentials(text, problems);
  if (nodeEnv === 'production' && credentials === undefined) {
    problems.push(
      'NODE_ENV=production needs bot credentials: set MicrosoftAppId and MicrosoftAppPassword (or BOT_ID and BOT_PASSWORD)',
    );
  }
  const adminToken = readAdminToken(text, problems);
  const storageSettings = readStorageSettings({ text, oneOf }, problems);

  const config: Config = {
    port: integer('PORT', 3978, 0, 65535),
    host: credentials === undefined ? '127.0.0.1' : '0.0.0.0',
    dataDir: path.resolve(cwd, text('DATA_DIR') ?? './data'),
    knowledgeDir: path.resolve(cwd, text('KNOWLEDGE_DIR') ?? './knowledge'),
    nodeEnv,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    credentials,
    allowedTenants: list('ALLOWED_TENANTS'),
    teamsOnly: nodeEnv === 'production',
    adminToken,
    adminAadIds: list('ADMIN_AAD_IDS'),
    userRateLimit: integer('USER_RATE_LIMIT', 30, 0, 100_000),
    caseRetentionMonths: integer('CASE_RETENTION_MONTHS', 24, 1, 120),
    storage: storageSettings.storage,
    scheduler: oneOf('SCHEDULER', ['on', 'off'] as const, 'on') === 'on',
    leerruimteTenantRate: integer('LEERRUIMTE_TENANT_RATE', 50, 1, 1000),
    leerruimteStaleClaimMs: integer('LEERRUIMTE_STALE_CLAIM_SECONDS', 120, 1, 86_400) * 1000,
    azureStorageConnectionString: storageSettings.azureStorageConnectionString,
    azureTablePrefix: storageSettings.azureTablePrefix,
    azureStorageMaxRetries: integer('AZURE_STORAGE_MAX_RETRIES', 3, 0, 10),
    applicationInsightsConnectionString: text('APPLICATIONINSIGHTS_CONNECTION_STRING'),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_SECONDS', 10, 1, 120) * 1000,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * Typed readers over the environment. A value that is set but invalid adds a line to `problems` and reads
 * as the fallback, so that one start lists every problem at once.
 */
interface EnvReader {
  /** The trimmed value; undefined when unset or blank. */
  text(name: string): string | undefined;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  /** A whole number from `min` to `max`. */
  integer(name: string, fallback: number, min: number, max: number): number;
  /** A comma-separated list, blanks left out. */
  list(name: string): Set<string>;
}

function createEnvReader(env: Env, problems: string[]): EnvReader {
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}="${value}" must be one of ${allowed.join(', ')}`);
    return fallback;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = text(name);
    if (value === undefined) return fallback;
    const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name}="${value}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return parsed;
  };
  const list = (name: string): Set<string> =>
    new Set(
      (text(name) ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    );
  return { text, oneOf, integer, list };
}

function readAdminToken(text: EnvReader['text'], problems: string[]): string | undefined {
  const adminToken = text('ADMIN_TOKEN');
  if (adminToken !== undefined && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    problems.push(`ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (it guards the admin endpoints)`);
  } else if (adminToken !== undefined && /^(.)\1*$/su.test(adminToken)) {
    problems.push('ADMIN_TOKEN must not be one character repeated (it guards the admin endpoints)');
  }
  return adminToken;
}

function readStorageSettings(
  { text, oneOf }: Pick<EnvReader, 'text' | 'oneOf'>,
  problems: string[],
): Pick<Config, 'storage' | 'azureStorageConnectionString' | 'azureTablePrefix'> {
  const storage = oneOf('STORAGE', STORAGE_KINDS, 'sqlite');
  const azureStorageConnectionString = text('AZURE_STORAGE_CONNECTION_STRING');
  if (storage === 'azure-tables' && azureStorageConnectionString === undefined) {
    problems.push('STORAGE=azure-tables needs AZURE_STORAGE_CONNECTION_STRING');
  }
  const azureTablePrefix = text('AZURE_TABLE_PREFIX') ?? 'wegwijs';
  if (!/^[A-Za-z][A-Za-z0-9]{0,39}$/.test(azureTablePrefix)) {
    problems.push(
      `AZURE_TABLE_PREFIX="${azureTablePrefix}" must be letters and digits, starting with a letter, at most 40`,
    );
  }
  return { storage, azureStorageConnectionString, azureTablePrefix };
}

function readCredentials(text: EnvReader['text'], problems: string[]): BotCredentials | undefined {
  // botbuilder's own names first; the Teams Toolkit names are accepted as aliases.
  const appId = text('MicrosoftAppId') ?? text('BOT_ID');
  const appPassword = text('MicrosoftAppPassword') ?? text('BOT_PASSWORD') ?? '';
  const appTypeText = text('MicrosoftAppType') ?? text('BOT_TYPE') ?? 'MultiTenant';
  const tenantId = text('MicrosoftAppTenantId') ?? text('BOT_TENANT_ID') ?? '';
  if (appId === undefined) {
    if (appPassword !== '') problems.push('MicrosoftAppPassword is set but MicrosoftAppId is not');
    return undefined;
  }
  const appType = APP_TYPES.find((type) => type === appTypeText);
  if (appType === undefined) {
    problems.push(`MicrosoftAppType="${appTypeText}" must be one of ${APP_TYPES.join(', ')}`);
    return undefined;
  }
  if (appType !== 'UserAssignedMSI' && appPassword === '') {
    problems.push('MicrosoftAppId is set but MicrosoftAppPassword is not');
  }
  if (appType !== 'MultiTenant' && tenantId === '') {
    problems.push(`MicrosoftAppType=${appType} needs MicrosoftAppTenantId`);
  }
  return { appId, appPassword, appType, tenantId };
}
