import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-notebook';

const ROOT = join(import.meta.dirname, '../..');

describe('the frontier command as package.json bin', () => {
  it('maps frontier to the built CLI', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(ROOT, pkg.bin['frontier']!)).toBe(join(ROOT, 'out/main/cli.js'));
  });

  it('is built executable, with a node shebang, so a shell and npx can run it directly', () => {
    expect(readFileSync(CLI, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    expect(statSync(CLI).mode & 0o111).toBe(0o111);
    const tmp = tempDir();
    try {
      const r = spawnSync(CLI, ['--notebook', join(tmp.dir, 'nb'), 'init', '--title', 'Direct'], { encoding: 'utf8', timeout: 30_000 });
      expect(r.status, r.stderr).toBe(0);
    } finally {
      tmp.cleanup();
    }
  });

  it('runs as `npx frontier` from the project', () => {
    const tmp = tempDir();
    try {
      const r = spawnSync('npx', ['--no', '--', 'frontier', '--notebook', join(tmp.dir, 'nb'), 'init', '--title', 'Via npx'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      const info = spawnSync('npx', ['--no', '--', 'frontier', '--notebook', join(tmp.dir, 'nb'), '--json', 'info'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(JSON.parse(info.stdout)).toMatchObject({ meta: { title: 'Via npx' } });
    } finally {
      tmp.cleanup();
    }
  });
});
