import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../../../main/core/dossier/chromium-path';
import { DRAFT_SETTINGS, PRINT_SETTINGS, playwrightPdfOptions } from '../../../../main/core/dossier/print-options';

describe('finding Chromium to print with', () => {
  it('prefers FRONTIER_CHROMIUM, then the usual places for the platform', () => {
    expect(chromiumCandidates('linux', { FRONTIER_CHROMIUM: '/opt/c' })[0]).toBe('/opt/c');
    expect(chromiumCandidates('linux', {})).toContain('/usr/bin/chromium');
    expect(chromiumCandidates('darwin', {})[0]).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' }).some((p) => p.endsWith('chrome.exe'))).toBe(true);
    expect(findChromium('linux', {}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  it('says what it looked for and how to fix it when there is none', () => {
    expect(() => findChromium('linux', {}, () => false)).toThrowError(/none was found .*apt-get install chromium.*FRONTIER_CHROMIUM/s);
    expect(() => findChromium('linux', { FRONTIER_CHROMIUM: '/nope' }, () => false)).toThrowError(/FRONTIER_CHROMIUM is set to \/nope, which does not exist/);
    expect(() => findChromium('linux', {}, () => false)).toThrowError(expect.objectContaining({ code: 'UNSUPPORTED' }));
  });

  it('prints with the CSS page size, backgrounds, bookmarks and tags, and our own page furniture', () => {
    expect(playwrightPdfOptions(PRINT_SETTINGS)).toEqual({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, displayHeaderFooter: false });
    // The first pass only finds page positions: no tagging or bookmarks, the same layout.
    expect(playwrightPdfOptions(DRAFT_SETTINGS)).toEqual({ preferCSSPageSize: true, printBackground: true, outline: false, tagged: false, displayHeaderFooter: false });
  });
});
