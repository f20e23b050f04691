import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../../main/core/handlers';
import { dispatch } from '../../../../main/core/rpc/dispatch';
import { createExternalLinksService } from '../../../../main/core/shell/external-links-service';
import type { Services } from '../../../../main/core/services';

describe('opening links outside Frontier (shell.openExternal)', () => {
  it('hands the canonical form of an allowed link to the opener and says whether the user agreed', async () => {
    const opener = vi.fn(async () => true);
    const links = createExternalLinksService(opener);
    expect(await links.open('https://www.bbc.co.uk/news')).toEqual({ opened: true });
    // The OS gets exactly the string that was checked: the parser's canonical form.
    expect(await links.open('HTTPS://Example.ORG/report?id=7')).toEqual({ opened: true });
    expect(opener.mock.calls).toEqual([['https://www.bbc.co.uk/news'], ['https://example.org/report?id=7']]);

    const declined = createExternalLinksService(async () => false);
    expect(await declined.open('mailto:desk@example.org')).toEqual({ opened: false });
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    '\\\\host\\share',
    'ms-msdt:/id PCWDiagnostic',
    'https://bank.example@evil.example/',
    'https:evil.example',
    'java\nscript:alert(1)',
    'https://evil.example/\u202egpj.exe',
    'app://frontier/index.html',
  ])('refuses %j without asking the user or calling the opener', async (url) => {
    const opener = vi.fn(async () => true);
    await expect(createExternalLinksService(opener).open(url)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(opener).not.toHaveBeenCalled();
  });

  it('without an opener (CLI, browser-mode host) says the desktop app opens links', async () => {
    await expect(createExternalLinksService(undefined).open('https://example.org/')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('is reachable through the contract, which validates its input first', async () => {
    const opener = vi.fn(async () => true);
    const handlers = createHandlers({ externalLinks: createExternalLinksService(opener) } as unknown as Services);
    expect(await dispatch(handlers, 'shell.openExternal', { url: 'https://example.org/x' })).toEqual({ ok: true, value: { opened: true } });
    expect(await dispatch(handlers, 'shell.openExternal', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch(handlers, 'shell.openExternal', { url: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(handlers, 'shell.openExternal', { url: 'https://example.org/', extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(opener).toHaveBeenCalledTimes(1);
  });
});
