import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSegments, resolveAppAsset } from '../../../main/app/protocol-path';

// <tmp>/
//   secret.txt                      outside the served root
//   renderer/                       the served root
//     index.html, assets/app.js, assets/Душанбе.svg
//     link-out.txt -> ../secret.txt      symlink leaving the root
//     dir-out -> ..                      directory symlink leaving the root
//     link-in.js -> assets/app.js        symlink staying inside
//     dangling -> nowhere
//   renderer-link -> renderer       the root itself reached through a symlink
let base: string;
let rootDir: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'frontier-protocol-')));
  rootDir = path.join(base, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html>');
  await writeFile(path.join(rootDir, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(rootDir, 'assets', 'Душанбе.svg'), '<svg/>');
  await symlink(path.join(base, 'secret.txt'), path.join(rootDir, 'link-out.txt'));
  await symlink(base, path.join(rootDir, 'dir-out'), 'dir');
  await symlink(path.join(rootDir, 'assets', 'app.js'), path.join(rootDir, 'link-in.js'));
  await symlink(path.join(base, 'nowhere'), path.join(rootDir, 'dangling'));
  await symlink(rootDir, path.join(base, 'renderer-link'), 'dir');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppAsset serves files inside the root', () => {
  it.each([
    ['app://frontier/', 'index.html'],
    ['app://frontier', 'index.html'],
    ['app://frontier/index.html', 'index.html'],
    ['app://frontier/index.html?x=1#/notes/2', 'index.html'],
    ['app://frontier/assets/app.js', 'assets/app.js'],
    ['app://frontier/assets/%D0%94%D1%83%D1%88%D0%B0%D0%BD%D0%B1%D0%B5.svg', 'assets/Душанбе.svg'],
    ['app://frontier/link-in.js', 'assets/app.js'],
  ])('%s → %s', async (url, file) => {
    expect(await resolveAppAsset(rootDir, url)).toBe(path.join(rootDir, file));
  });

  it('works when the root is reached through a symlink', async () => {
    expect(await resolveAppAsset(path.join(base, 'renderer-link'), 'app://frontier/assets/app.js')).toBe(
      path.join(rootDir, 'assets', 'app.js'),
    );
  });
});

describe('resolveAppAsset refuses', () => {
  it.each([
    // Traversal, plain and encoded.
    ['app://frontier/../secret.txt'],
    ['app://frontier/assets/../../secret.txt'],
    ['app://frontier/%2e%2e/secret.txt'],
    ['app://frontier/%2E%2E/secret.txt'],
    ['app://frontier/.%2e/secret.txt'],
    ['app://frontier/..%2fsecret.txt'],
    ['app://frontier/..%2Fsecret.txt'],
    ['app://frontier/assets%2f..%2f..%2fsecret.txt'],
    ['app://frontier/..%5csecret.txt'],
    ['app://frontier/..\\secret.txt'],
    ['app://frontier/assets/./app.js'],
    ['app://frontier/%252e%252e/secret.txt'],
    // Absolute paths and drive letters.
    ['app://frontier//etc/passwd'],
    ['app://frontier/%2fetc%2fpasswd'],
    ['app://frontier/C:/Windows/win.ini'],
    ['app://frontier/C%3A%5CWindows%5Cwin.ini'],
    // NUL bytes and malformed escapes.
    ['app://frontier/index.html%00.js'],
    ['app://frontier/index.html\u0000'],
    ['app://frontier/%E0%A4%A'],
    // Symlinks leaving the root.
    ['app://frontier/link-out.txt'],
    ['app://frontier/dir-out/secret.txt'],
    ['app://frontier/dangling'],
    // Not ours: other hosts, schemes, credentials, ports.
    ['app://evil/index.html'],
    ['app://frontier.evil/index.html'],
    ['app:///index.html'],
    ['app://user:pass@frontier/index.html'],
    ['app://frontier:8080/index.html'],
    ['file:///etc/passwd'],
    ['https://frontier/index.html'],
    ['not a url'],
    [''],
    // Not a file.
    ['app://frontier/assets'],
    ['app://frontier/assets/'],
    ['app://frontier/missing.js'],
  ])('%j', async (url) => {
    expect(await resolveAppAsset(rootDir, url)).toBeNull();
  });

  it('an encoded absolute path to a real file', async () => {
    const url = `app://frontier/${encodeURIComponent(path.join(base, 'secret.txt'))}`;
    expect(await resolveAppAsset(rootDir, url)).toBeNull();
  });

  it('a file: URL into the root itself', async () => {
    expect(await resolveAppAsset(rootDir, `file://${path.join(rootDir, 'index.html')}`)).toBeNull();
  });

  it('everything when the root does not exist', async () => {
    expect(await resolveAppAsset(path.join(base, 'no-such-dir'), 'app://frontier/index.html')).toBeNull();
  });
});

describe('requestSegments', () => {
  it('decodes each segment once', () => {
    expect(requestSegments('app://frontier/a%20b/c.js')).toEqual(['a b', 'c.js']);
    expect(requestSegments('app://frontier/%252e%252e')).toEqual(['%2e%2e']);
  });
});
