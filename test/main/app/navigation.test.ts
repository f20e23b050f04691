import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isOnAppOrigin } from '../../../main/app/app-origin';
import { decideNavigation, decideWindowOpen } from '../../../main/app/navigation';

describe('app origin', () => {
  it('is app://frontier', () => {
    expect(APP_ORIGIN).toBe('app://frontier');
    expect(APP_ENTRY_URL).toBe('app://frontier/index.html');
  });

  it('compares scheme and host, not URL.origin (which is "null" for app:)', () => {
    expect(new URL('app://frontier/').origin).toBe('null');
    expect(isOnAppOrigin('app://evil/', APP_ORIGIN)).toBe(false);
  });
});

describe('decideNavigation', () => {
  it.each([
    'app://frontier/index.html',
    'app://frontier/',
    'app://frontier/index.html#/notes/42',
    'app://frontier/index.html?notebook=default',
  ])('allows %s', (url) => {
    expect(decideNavigation(url, APP_ORIGIN)).toBe('allow');
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'file:///work/main/out/renderer/index.html',
    'app://frontier.evil/index.html',
    'app://evil/index.html',
    'app://frontier:8080/index.html',
    'app://user:pass@frontier/index.html',
    'app://user@frontier/index.html',
    'apps://frontier/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome://gpu',
    '',
    'not a url',
  ])('denies %j', (url) => {
    expect(decideNavigation(url, APP_ORIGIN)).toBe('deny');
  });

  it('denies everything when the app origin itself is malformed', () => {
    expect(decideNavigation('app://frontier/index.html', 'frontier')).toBe('deny');
    expect(decideNavigation('app://frontier/index.html', 'app:')).toBe('deny');
  });
});

describe('decideWindowOpen', () => {
  it.each(['https://example.org/', 'app://frontier/index.html', 'mailto:a@example.org', 'about:blank', ''])(
    'denies %j',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
    },
  );
});
