import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseSettings, startupNotebook, withLastNotebook } from '../../../main/app/settings';
import { loadSettings, rememberNotebook } from '../../../main/app/settings-store';

describe('parseSettings', () => {
  it('keeps an absolute notebook path', () => {
    expect(parseSettings({ lastNotebook: '/home/ana/Notebooks/Kunduz' })).toEqual({ lastNotebook: '/home/ana/Notebooks/Kunduz' });
    expect(parseSettings({ lastNotebook: 'C:\\Users\\ana\\Kunduz' }, path.win32.isAbsolute)).toEqual({ lastNotebook: 'C:\\Users\\ana\\Kunduz' });
  });

  it.each<[string, unknown]>([
    ['undefined (no file)', undefined],
    ['garbage', 'not json'],
    ['an array', ['/home/ana']],
    ['null', null],
    ['a relative path', { lastNotebook: 'Notebooks/Kunduz' }],
    ['an empty path', { lastNotebook: '' }],
    ['a NUL byte', { lastNotebook: '/home/ana\0/x' }],
    ['a number', { lastNotebook: 42 }],
    ['an absurdly long path', { lastNotebook: `/${'a'.repeat(5000)}` }],
  ])('drops %s', (_name, raw) => {
    expect(parseSettings(raw)).toEqual({});
  });
});

describe('withLastNotebook', () => {
  it('sets the folder and keeps unknown keys (a newer version’s settings)', () => {
    expect(withLastNotebook({ theme: 'dark', lastNotebook: '/old' }, '/new')).toEqual({ theme: 'dark', lastNotebook: '/new' });
  });

  it('starts afresh from garbage', () => {
    expect(withLastNotebook([1, 2], '/new')).toEqual({ lastNotebook: '/new' });
    expect(withLastNotebook('x', '/new')).toEqual({ lastNotebook: '/new' });
  });
});

describe('startupNotebook', () => {
  const defaultDir = '/home/ana/.config/Frontier/notebook';

  it('opens or creates the default notebook when nothing is remembered', () => {
    expect(startupNotebook({}, defaultDir)).toEqual({ dir: defaultDir, mode: 'open-or-create' });
  });

  it('treats a remembered default folder as the default (created on first run)', () => {
    expect(startupNotebook({ lastNotebook: `${defaultDir}/` }, defaultDir)).toEqual({ dir: defaultDir, mode: 'open-or-create' });
  });

  it('only opens a remembered folder, never creates it', () => {
    expect(startupNotebook({ lastNotebook: '/media/usb/Kunduz' }, defaultDir)).toEqual({ dir: '/media/usb/Kunduz', mode: 'open' });
  });
});

describe('settings.json on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'frontier-settings-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('remembers a notebook and reads it back, keeping other keys', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, JSON.stringify({ future: { a: 1 } }));
    await rememberNotebook(file, '/srv/notebooks/Panj');
    expect(await loadSettings(file)).toEqual({ lastNotebook: '/srv/notebooks/Panj' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ future: { a: 1 }, lastNotebook: '/srv/notebooks/Panj' });
  });

  it('reads a missing or corrupt file as no settings, and rewrites a corrupt one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await loadSettings(path.join(dir, 'none.json'))).toEqual({});
      const file = path.join(dir, 'corrupt.json');
      await writeFile(file, '{"lastNotebook": "/x"');
      expect(await loadSettings(file)).toEqual({});
      await rememberNotebook(file, '/y');
      expect(await loadSettings(file)).toEqual({ lastNotebook: '/y' });
    } finally {
      warn.mockRestore();
    }
  });
});
