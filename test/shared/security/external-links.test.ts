import { describe, expect, it } from 'vitest';
import { isExternalLinkAllowed, toExternalLink } from '../../../shared/security/external-links';

describe('isExternalLinkAllowed', () => {
  it.each([
    'https://example.org',
    'https://example.org/path/to?q=1&r=2#section',
    'http://example.org',
    'http://127.0.0.1:8080/report',
    'HTTPS://EXAMPLE.ORG/',
    'https://ru.wikipedia.org/wiki/Душанбе',
    'https://fa.wikipedia.org/wiki/کابل',
    'https://xn--80ak6aa92e.com/',
    'https://acleddata.com/data-export-tool/?country=Afghanistan',
    'mailto:analyst@example.org',
    'mailto:analyst@example.org?subject=Report%20on%20Kunduz',
  ])('allows %s', (url) => {
    expect(isExternalLinkAllowed(url)).toBe(true);
  });

  it.each([
    // Script and local content.
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['blob:https://example.org/uuid'],
    ['file:///etc/passwd'],
    ['file://server/share/file.exe'],
    ['app://frontier/index.html'],
    // Network shares and OS handlers.
    ['smb://server/share'],
    ['\\\\server\\share\\payload.exe'],
    ['//server/share'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['ms-settings:'],
    ['search-ms:query=x'],
    ['ftp://example.org/file'],
    ['ssh://example.org'],
    // Backslash and scheme tricks the parser would "repair".
    ['https:\\\\example.org'],
    ['https:/\\example.org'],
    ['https:example.org'],
    ['https:/example.org'],
    // Credentials: the visible host is not where it goes.
    ['https://user:pass@example.org'],
    ['https://example.org@evil.example'],
    ['https://user@example.org'],
    ['https://:pass@example.org'],
    // Malformed, relative, empty.
    [''],
    ['example.org'],
    ['/relative/path'],
    ['https://'],
    ['http://[::1'],
    ['https://exa mple.org'],
    ['mailto:'],
    ['mailto://example.org'],
    // Invisible or deceptive characters.
    ['https://example.org\u0000.evil.example'],
    ['https://example.org/\u202Egnp.exe'],
    ['https://exa\u200Bmple.org'],
    ['https://example.org '],
  ])('rejects %j', (url) => {
    expect(isExternalLinkAllowed(url)).toBe(false);
  });

  it('rejects what is not a string at all (IPC input is untrusted)', () => {
    for (const value of [undefined, null, 42, { href: 'https://example.org' }]) {
      expect(isExternalLinkAllowed(value as unknown as string)).toBe(false);
    }
  });
});

describe('toExternalLink', () => {
  it('returns the canonical URL that was checked', () => {
    expect(toExternalLink('HTTPS://Example.ORG')).toBe('https://example.org/');
    expect(toExternalLink('https://ru.wikipedia.org/wiki/Душанбе')).toBe(
      'https://ru.wikipedia.org/wiki/%D0%94%D1%83%D1%88%D0%B0%D0%BD%D0%B1%D0%B5',
    );
    expect(toExternalLink('mailto:a@example.org')).toBe('mailto:a@example.org');
  });

  it('returns null for a refused link', () => {
    expect(toExternalLink('file:///etc/passwd')).toBeNull();
  });
});
