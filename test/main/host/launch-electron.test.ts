import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateElectronBinary, missingElectronMessage } from '../../../main/host/electron-binary';

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = path.join(path.sep, 'p', 'node_modules', 'electron');

function facts(overrides: Partial<Parameters<typeof locateElectronBinary>[0]> = {}) {
  return { packageDir: pkg, pathTxt: 'electron', exists: () => true, ...overrides };
}

describe('locateElectronBinary', () => {
  it('finds the binary named by path.txt in dist/', () => {
    expect(locateElectronBinary(facts({ pathTxt: 'electron\n' }))).toEqual({
      status: 'present',
      binaryPath: path.join(pkg, 'dist', 'electron'),
    });
  });

  it('reports a missing path.txt (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)', () => {
    const decision = locateElectronBinary(facts({ pathTxt: null }));
    expect(decision.status).toBe('missing');
    if (decision.status !== 'missing') return;
    expect(decision.message).toContain('path.txt does not exist');
    expect(decision.message).toContain('npm run serve');
  });

  it('reports an empty path.txt as missing', () => {
    expect(locateElectronBinary(facts({ pathTxt: '  \n' })).status).toBe('missing');
  });

  it('reports a path.txt whose binary is gone', () => {
    const decision = locateElectronBinary(facts({ exists: () => false }));
    expect(decision).toMatchObject({ status: 'missing' });
  });

  it('reports a missing electron package', () => {
    const decision = locateElectronBinary(facts({ packageDir: null, pathTxt: null }));
    expect(decision).toMatchObject({ status: 'missing', message: expect.stringContaining('npm install') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const dist = path.join(path.sep, 'opt', 'electron-dist');
    const exists = (file: string) => file === path.join(dist, 'electron');
    expect(locateElectronBinary(facts({ pathTxt: null, overrideDistPath: dist, exists }))).toEqual({
      status: 'present',
      binaryPath: path.join(dist, 'electron'),
    });
    expect(locateElectronBinary(facts({ overrideDistPath: dist, exists: () => false }))).toMatchObject({
      status: 'missing',
      message: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH'),
    });
  });
});

describe('missingElectronMessage', () => {
  const message = missingElectronMessage('detail here');

  it('says what is wrong, how to fix it, and the alternative', () => {
    expect(message).toMatch(/Electron binary is not installed/);
    expect(message).toContain('detail here');
    expect(message).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(message).toContain('node node_modules/electron/install.js');
    expect(message).toContain('npm run serve');
    expect(message.endsWith('\n')).toBe(true);
  });
});

// The same facts launch-electron.ts gathers, to know whether this machine can run Electron.
function binaryInstalledHere(): boolean {
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathTxt = path.join(electronDir, 'path.txt');
  return (
    !process.env.ELECTRON_OVERRIDE_DIST_PATH &&
    existsSync(pathTxt) &&
    existsSync(path.join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim()))
  );
}

describe('npm start on a machine without the Electron binary', () => {
  // Where the binary is installed, the script would build and open the app: not a unit test.
  it.skipIf(binaryInstalledHere())('exits 1 and points to npm run serve', () => {
    const env = { ...process.env };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const run = spawnSync('npx', ['--no', 'tsx', 'main/host/launch-electron.ts'], {
      cwd: root,
      env,
      // npx is a .cmd script on Windows, which only a shell can start.
      shell: process.platform === 'win32',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Electron binary is not installed');
    expect(run.stderr).toContain('npm run serve');
    // It stopped before building.
    expect(run.stdout).not.toMatch(/vite|building/i);
  });
});
