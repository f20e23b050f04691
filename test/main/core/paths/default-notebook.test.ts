import { describe, expect, it } from 'vitest';
import { defaultNotebookDir, userDataDir } from '../../../../main/core/paths/default-notebook';

describe('default notebook folder (same as Electron userData/notebook)', () => {
  it('follows each OS convention', () => {
    expect(userDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/Frontier');
    expect(userDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/Frontier');
    expect(userDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Frontier');
    expect(userDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32', 'C:/Users/a')).toMatch(/Roaming.Frontier$/);
  });

  it('is overridden by FRONTIER_NOTEBOOK', () => {
    expect(defaultNotebookDir({}, 'linux', '/home/a')).toBe('/home/a/.config/Frontier/notebook');
    expect(defaultNotebookDir({ FRONTIER_NOTEBOOK: '/data/nb' }, 'linux', '/home/a')).toBe('/data/nb');
  });
});
