import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

// electron-builder validates its configuration offline; packaging needs an Electron dist we cannot
// download, so this test is how we know electron-builder.yml would be accepted.
const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('app-builder-lib/scheme.json');

type Config = Record<string, unknown> & {
  productName?: unknown;
  appId?: unknown;
  files?: unknown;
  electronFuses?: Record<string, unknown>;
  linux?: Record<string, unknown>;
};

function loadConfig(): Config {
  const document = parseDocument(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  // Duplicate keys and syntax slips are errors or warnings here, silently last-wins elsewhere.
  expect(document.errors).toEqual([]);
  expect(document.warnings).toEqual([]);
  return document.toJS() as Config;
}

let config: Config;
/** The options app-builder-lib/out/util/config/schemaValidator.js compiles scheme.json with. */
let asElectronBuilder: ValidateFunction;
/** The same schema without type coercion: our file must not depend on "true" becoming true. */
let withoutCoercion: ValidateFunction;

beforeAll(() => {
  config = loadConfig();
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  asElectronBuilder = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(schema);
  withoutCoercion = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
});

/** Validates a copy: coercing validators rewrite their input. */
function errorsOf(validate: ValidateFunction, data: unknown): string[] {
  const valid = validate(structuredClone(data));
  return valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    expect(errorsOf(asElectronBuilder, config)).toEqual([]);
    expect(errorsOf(withoutCoercion, config)).toEqual([]);
  });

  it('is found, loaded and accepted by electron-builder itself', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      getConfig: (projectDir: string, configPath: string | null, options: null) => Promise<Config>;
      validateConfiguration: (config: Config, debugLogger: { isEnabled: boolean }) => Promise<void>;
    };
    const loaded = await getConfig(root, null, null);
    expect(loaded.appId).toBe('org.frontier.notebook');
    await expect(validateConfiguration(loaded, { isEnabled: false })).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.productName).toBe('Frontier');
    expect(config.appId).toBe('org.frontier.notebook');
    expect(config.asar).toBe(true);
    expect(config.directories).toMatchObject({ output: 'dist' });
  });

  it('flips the security fuses (ARCHITECTURE §7), as real booleans', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the build output, never sources or tests', () => {
    expect(Array.isArray(config.files)).toBe(true);
    const patterns = config.files as unknown[];
    expect(patterns.every((p) => typeof p === 'string')).toBe(true);
    const included = (patterns as string[]).filter((p) => !p.startsWith('!'));
    for (const pattern of included) {
      expect(pattern === 'package.json' || pattern.startsWith('out/'), pattern).toBe(true);
      expect(pattern, pattern).not.toMatch(/^(\*\*\/)?(main|renderer|shared|test)(\/|$)/);
    }
    expect(patterns).toContain('out/**/*');
    expect(patterns.some((p) => typeof p === 'string' && p.startsWith('!out/types'))).toBe(true);
  });

  it('builds AppImage and deb on Linux, nsis on Windows, dmg on macOS', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux?.maintainer).toEqual(expect.stringMatching(/\S+ <[^@\s]+@[^@\s]+>/));
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.mac).toMatchObject({ target: 'dmg' });
  });
});

describe('the validation can fail', () => {
  it.each([
    ['a fuse that is not a boolean', (c: Config) => ({ ...c, electronFuses: { ...c.electronFuses, runAsNode: 'yes' } })],
    ['a misspelt fuse', (c: Config) => ({ ...c, electronFuses: { ...c.electronFuses, runAsnode: false } })],
    ['an unknown top-level key', (c: Config) => ({ ...c, electronFuse: { runAsNode: false } })],
    ['a misplaced option', (c: Config) => ({ ...c, linux: { ...c.linux, oneClick: false } })],
  ])('rejects %s', (_name, breakIt) => {
    expect(errorsOf(asElectronBuilder, breakIt(config))).not.toEqual([]);
    expect(errorsOf(withoutCoercion, breakIt(config))).not.toEqual([]);
  });
});
