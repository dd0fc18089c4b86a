/**
 * `npm run package`: builds the Teams app package (appPackage/build/appPackage.zip) from manifest/.
 * Fills the `${{NAME}}` placeholders from the environment, validates the manifest and each localisation
 * file against Microsoft's JSON schema for its manifest version (shipped in @microsoft/app-manifest, no
 * download), checks the icons, and writes the zip only when all of that passes. Exit 1 with every
 * problem otherwise. Options: `--manifest-dir DIR`, `--out FILE`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { readOptions } from './cli-args.js';
import { fillPlaceholders, packageValues } from './teams-app/manifest.js';
import { checkIcon } from './teams-app/png.js';
import { createZip, type ZipEntry } from './teams-app/zip.js';

const require = createRequire(import.meta.url);

function schemaPath(manifestVersion: string, file: string): string {
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(root, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, file);
}

async function loadSchema(what: string, schemaFile: string): Promise<Record<string, unknown> | string> {
  if (!existsSync(schemaFile)) return `${what}: no schema shipped for it (${path.basename(path.dirname(schemaFile))})`;
  return JSON.parse(await readFile(schemaFile, 'utf8')) as Record<string, unknown>;
}

/** The manifest goes through Microsoft's own validator, with the schema from the package (no download). */
async function validateManifest(value: unknown, schemaFile: string): Promise<string[]> {
  const schema = await loadSchema('manifest.json', schemaFile);
  if (typeof schema === 'string') return [schema];
  // The manifest types are a union per version; the schema decides what is valid here.
  const failures = await AppManifestUtils.validateAgainstSchema(value as never, schema as never);
  return failures.map((failure) => `manifest.json: schema: ${failure.trim()}`);
}

/**
 * Localisation files: the same draft-04 validator, but with non-unicode regular expressions — the
 * localisation schema has patterns (`\b]`) that the unicode flag rejects, so Microsoft's helper throws.
 */
async function validateLocalization(what: string, value: unknown, schemaFile: string): Promise<string[]> {
  const schema = await loadSchema(what, schemaFile);
  if (typeof schema === 'string') return [schema];
  // Both are CommonJS with the class on `.default`.
  const ajv = new AjvDraft04.default({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(schema);
  if (check(value)) return [];
  return (check.errors ?? []).map(
    (error: { instancePath: string; message?: string; params: unknown }) =>
      `${what}: schema: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

function parseJson(what: string, text: string, problems: string[]): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push(`${what}: must be a JSON object`);
  } catch (error) {
    problems.push(`${what}: not valid JSON: ${(error as Error).message}`);
  }
  return undefined;
}

export async function buildPackage(
  manifestDir: string,
  env: Readonly<Record<string, string | undefined>>,
  appVersion: string,
): Promise<{ ok: true; zip: Buffer; files: string[] } | { ok: false; problems: string[] }> {
  const { values, problems } = packageValues(env, appVersion);
  if (problems.length > 0) return { ok: false, problems };

  const entries: ZipEntry[] = [];
  const readFilled = async (file: string): Promise<Record<string, unknown> | undefined> => {
    const text = await readFile(path.join(manifestDir, file), 'utf8').catch(() => undefined);
    if (text === undefined) {
      problems.push(`${file}: missing in ${manifestDir}`);
      return undefined;
    }
    const filled = fillPlaceholders(text, values);
    for (const name of filled.missing) problems.push(`${file}: placeholder \${{${name}}} has no value`);
    const json = parseJson(file, filled.text, problems);
    if (json !== undefined) entries.push({ name: file, data: Buffer.from(`${JSON.stringify(json, null, 2)}\n`) });
    return json;
  };

  const manifest = await readFilled('manifest.json');
  if (manifest === undefined) return { ok: false, problems };
  const version = String(manifest.manifestVersion ?? '');
  problems.push(...(await validateManifest(manifest, schemaPath(version, 'MicrosoftTeams.schema.json'))));

  const localization = manifest.localizationInfo as { additionalLanguages?: Array<{ file?: string }> } | undefined;
  for (const language of localization?.additionalLanguages ?? []) {
    if (typeof language.file !== 'string') continue;
    const strings = await readFilled(language.file);
    if (strings !== undefined) {
      problems.push(
        ...(await validateLocalization(
          language.file,
          strings,
          schemaPath(version, 'MicrosoftTeams.Localization.schema.json'),
        )),
      );
    }
  }

  const icons = (manifest.icons ?? {}) as { color?: string; outline?: string };
  for (const kind of ['color', 'outline'] as const) {
    const file = icons[kind];
    if (typeof file !== 'string') continue; // the schema already reports a missing icon
    const data = await readFile(path.join(manifestDir, file)).catch(() => undefined);
    if (data === undefined) {
      problems.push(`${file}: missing in ${manifestDir}`);
      continue;
    }
    for (const problem of checkIcon(kind, data)) problems.push(`${file} (${kind} icon): ${problem}`);
    entries.push({ name: file, data });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, zip: createZip(entries), files: entries.map((entry) => entry.name) };
}

async function main(): Promise<void> {
  const options = readOptions('package', { 'manifest-dir': { type: 'string' }, out: { type: 'string' } });
  const manifestDir = path.resolve(options['manifest-dir'] ?? 'manifest');
  const out = path.resolve(options.out ?? path.join('appPackage', 'build', 'appPackage.zip'));
  const pkg = JSON.parse(await readFile(path.resolve('package.json'), 'utf8')) as { version?: string };
  const result = await buildPackage(manifestDir, process.env, pkg.version ?? '');
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${problem}\n`);
    process.stderr.write(`package: ${result.problems.length} problem(s); no zip written\n`);
    process.exit(1);
  }
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, result.zip);
  process.stdout.write(`package: ok — ${out} (${result.zip.length} bytes: ${result.files.join(', ')})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`package: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
