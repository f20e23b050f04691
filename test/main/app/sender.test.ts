import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/app/app-origin';
import { isTrustedSender } from '../../../main/app/sender';

function frame(url: string, parent: unknown = null) {
  return { url, parent };
}

describe('isTrustedSender', () => {
  it('trusts the main frame on the app origin', () => {
    const main = frame('app://frontier/index.html');
    expect(isTrustedSender(main, main, APP_ORIGIN)).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    const main = frame('app://frontier/index.html');
    expect(isTrustedSender(null, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(main, null, APP_ORIGIN)).toBe(false);
  });

  it('refuses a frame that only looks like the main frame', () => {
    const main = frame('app://frontier/index.html');
    const lookalike = frame('app://frontier/index.html');
    expect(isTrustedSender(lookalike, main, APP_ORIGIN)).toBe(false);
  });

  it('refuses a subframe, even on the app origin', () => {
    const main = frame('app://frontier/index.html');
    const child = frame('app://frontier/index.html', main);
    expect(isTrustedSender(child, main, APP_ORIGIN)).toBe(false);
  });

  it('refuses the main frame once it shows another origin', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'about:blank', '', 'app://evil/']) {
      const main = frame(url);
      expect(isTrustedSender(main, main, APP_ORIGIN)).toBe(false);
    }
  });

  it('refuses a main frame that claims a parent', () => {
    const main = frame('app://frontier/index.html', {});
    expect(isTrustedSender(main, main, APP_ORIGIN)).toBe(false);
  });
});
