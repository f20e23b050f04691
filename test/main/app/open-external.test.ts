import { describe, expect, it, vi } from 'vitest';
import { createElectronOpener, externalLinkDialog } from '../../../main/app/open-external';

describe('the desktop app asks before a link leaves Frontier', () => {
  it('shows the whole URL, and Cancel is the default and the escape answer', () => {
    const options = externalLinkDialog('https://www.bbc.co.uk/news');
    expect(options.detail).toContain('https://www.bbc.co.uk/news');
    expect(options.buttons).toEqual(['Cancel', 'Open link']);
    expect(options.defaultId).toBe(0);
    expect(options.cancelId).toBe(0);
  });

  it('opens only when the user picks "Open link"', async () => {
    const openExternal = vi.fn(async () => undefined);
    const parent = {} as never;
    let response = 0;
    const showMessageBox = vi.fn(async () => ({ response }));
    const open = createElectronOpener({ showMessageBox, openExternal, window: () => parent });

    expect(await open('https://example.org/a')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    expect(showMessageBox).toHaveBeenCalledWith(parent, externalLinkDialog('https://example.org/a'));

    response = 1;
    expect(await open('https://example.org/a')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/a');
  });
});
