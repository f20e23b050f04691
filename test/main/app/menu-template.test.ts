import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutDetail, accelerator, buildMenuTemplate, MENU_COMMANDS, type MenuActions, type MenuCommand } from '../../../main/app/menu-template';
import { COMMANDS } from '../../../renderer/features/palette/commands';

type Item = MenuItemConstructorOptions;

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    sendToRenderer: (c: MenuCommand) => void calls.push(`send:${c}`),
    openNotebook: () => void calls.push('openNotebook'),
    newNotebook: () => void calls.push('newNotebook'),
    showAbout: () => void calls.push('showAbout'),
  };
  return { calls, actions };
}

const submenu = (item: Item | undefined): Item[] => {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu in ${JSON.stringify(item?.label)}`);
  return item.submenu;
};
const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
const stripMnemonic = (label: string | undefined) => label?.replace(/&/g, '');
const menu = (items: Item[], label: string) => items.find((i) => stripMnemonic(i.label) === label);
const item = (items: Item[], label: string) => all(items).find((i) => stripMnemonic(i.label) === label);
const click = (i: Item | undefined) => (i?.click as (() => void) | undefined)?.();
const roles = (items: Item[]) => all(items).map((i) => i.role).filter(Boolean);

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

describe('buildMenuTemplate', () => {
  it('puts the app menu first on macOS, with about, hide and quit as roles', () => {
    const template = buildMenuTemplate('darwin', recorder().actions);
    expect(template.map((m) => m.label)).toEqual(['Frontier', 'File', 'Edit', 'View', 'Window']);
    expect(submenu(template[0]).map((i) => i.role ?? i.type)).toEqual(['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    // Quit lives in the app menu only; About is not repeated under Help.
    expect(roles(template).filter((r) => r === 'quit')).toHaveLength(1);
    expect(roles(submenu(menu(template, 'File')))).not.toContain('quit');
    expect(item(template, 'About Frontier')?.role).toBe('about');
  });

  it.each(['win32', 'linux'] as const)('on %s: File, Edit, View, Window, Help; quit in File; About in Help', (platform) => {
    const template = buildMenuTemplate(platform, recorder().actions);
    expect(template.map((m) => stripMnemonic(m.label))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const file = submenu(menu(template, 'File'));
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: platform === 'win32' ? 'E&xit' : '&Quit' });
    expect(roles(template)).not.toContain('about');
    expect(submenu(menu(template, 'Help')).map((i) => stripMnemonic(i.label))).toEqual(['About Frontier']);
  });

  it.each([
    ['darwin', 'New note', 'Cmd+Alt+N'],
    ['darwin', 'New event', 'Cmd+Alt+E'],
    ['darwin', 'Import source…', 'Cmd+O'],
    ['darwin', 'Open notebook…', 'Cmd+Shift+O'],
    ['win32', 'New note', 'Ctrl+Alt+N'],
    ['win32', 'New event', 'Ctrl+Alt+E'],
    ['win32', 'Import source…', 'Ctrl+O'],
    ['win32', 'Open notebook…', 'Ctrl+Shift+O'],
    ['linux', 'New note', 'Ctrl+Alt+N'],
    ['linux', 'Import source…', 'Ctrl+O'],
    ['linux', 'Open notebook…', 'Ctrl+Shift+O'],
    ['darwin', 'Export dossier…', 'Cmd+Shift+E'],
    ['win32', 'Export dossier…', 'Ctrl+Shift+E'],
    ['linux', 'Command palette…', 'Ctrl+K'],
    ['linux', 'Search', 'Ctrl+Shift+F'],
  ] as const)('%s: %s is %s', (platform, label, keys) => {
    expect(item(buildMenuTemplate(platform, recorder().actions), label)?.accelerator).toBe(keys);
  });

  it('New notebook… has no shortcut; no two items share one', () => {
    for (const platform of PLATFORMS) {
      const template = buildMenuTemplate(platform, recorder().actions, { dev: true });
      expect(item(template, 'New notebook…')?.accelerator).toBeUndefined();
      const keys = all(template).map((i) => i.accelerator).filter((k): k is string => k !== undefined);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('shows the renderer commands with the keys the renderer itself handles', () => {
    for (const platform of PLATFORMS) {
      const { calls, actions } = recorder();
      const template = buildMenuTemplate(platform, actions);
      for (const id of MENU_COMMANDS) {
        const command = COMMANDS.find((c) => c.id === id);
        expect(command?.shortcut, id).toBeDefined();
        const entry = all(template).find((i) => i.accelerator === accelerator(platform, command!.shortcut!.replace(/^Mod\+/, '')));
        expect(entry, `${platform} ${id}`).toBeDefined();
        calls.length = 0;
        click(entry);
        expect(calls).toEqual([`send:${id}`]);
      }
    }
  });

  it('leaves Ctrl/Cmd+Shift+O to Open notebook: no renderer command takes that key', () => {
    const key = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: true, key: 'O', code: 'KeyO' } as unknown as KeyboardEvent;
    expect(COMMANDS.filter((c) => c.matches?.(key)).map((c) => c.id)).toEqual([]);
    const importKey = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, key: 'o', code: 'KeyO' } as unknown as KeyboardEvent;
    expect(COMMANDS.filter((c) => c.matches?.(importKey)).map((c) => c.id)).toEqual(['import']);
  });

  it('runs the main-process actions from their items', () => {
    for (const platform of PLATFORMS) {
      const { calls, actions } = recorder();
      const template = buildMenuTemplate(platform, actions);
      click(item(template, 'Open notebook…'));
      click(item(template, 'New notebook…'));
      if (platform !== 'darwin') click(item(template, 'About Frontier'));
      expect(calls).toEqual(['openNotebook', 'newNotebook', ...(platform === 'darwin' ? [] : ['showAbout'])]);
    }
  });

  it('has no developer tools and no reload unless dev is true', () => {
    const devOnly = ['toggleDevTools', 'reload', 'forceReload'];
    for (const platform of PLATFORMS) {
      for (const options of [undefined, {}, { dev: false }]) {
        const found = roles(buildMenuTemplate(platform, recorder().actions, options));
        for (const role of devOnly) expect(found, `${platform} ${JSON.stringify(options)}`).not.toContain(role);
      }
      const dev = roles(buildMenuTemplate(platform, recorder().actions, { dev: true }));
      for (const role of devOnly) expect(dev).toContain(role);
    }
  });

  it('has the usual edit, zoom and full-screen roles on every platform', () => {
    for (const platform of PLATFORMS) {
      const template = buildMenuTemplate(platform, recorder().actions);
      expect(roles(submenu(menu(template, 'Edit')))).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
      expect(roles(submenu(menu(template, 'View')))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
      expect(item(template, 'Close window')?.role).toBe('close');
      expect(roles(submenu(menu(template, 'Window')))).toContain('minimize');
    }
  });

  it('gives every item a label or a role (separators aside), and a click only where there is no role', () => {
    for (const platform of PLATFORMS) {
      for (const item of all(buildMenuTemplate(platform, recorder().actions, { dev: true }))) {
        if (item.type === 'separator') continue;
        expect(Boolean(item.label) || Boolean(item.role), JSON.stringify(item)).toBe(true);
        // Electron ignores click when a role is set; a role with a click would be a silent no-op.
        if (item.click) expect(item.role, item.label).toBeUndefined();
      }
    }
  });

  it('uses & mnemonics only off macOS', () => {
    expect(all(buildMenuTemplate('darwin', recorder().actions)).some((i) => i.label?.includes('&'))).toBe(false);
    expect(buildMenuTemplate('linux', recorder().actions)[0]?.label).toBe('&File');
  });
});

describe('aboutDetail', () => {
  it('states the version and runtimes, and promises no network', () => {
    const text = aboutDetail({ app: '0.1.0', electron: '45.5.0', chrome: '140.0.7339.0', node: '22.19.0' });
    expect(text).toContain('Version 0.1.0');
    expect(text).toContain('Electron 45.5.0 · Chromium 140.0.7339.0 · Node 22.19.0');
    expect(text).toMatch(/no update checks/);
    expect(text).not.toMatch(/https?:/);
  });

  it('leaves out runtimes it was not given', () => {
    expect(aboutDetail({ app: '1.2.3' })).toBe('Version 1.2.3\nAn offline research notebook. Nothing leaves this computer: no telemetry, no update checks.');
  });
});
