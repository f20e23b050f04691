import { METHODS, type FrontierApi, type Input, type Method, type Output, type Result } from '../../shared/ipc';
import { toExternalLink } from '../../shared/security/external-links';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in browser mode. */
    frontier?: FrontierApi;
  }
}

/**
 * The only code in the renderer that knows how main is reached: the preload's `window.frontier`
 * in Electron, or in browser mode the host's `POST /rpc/<method>` with the per-run token the
 * host put in the page's URL. Both answer the same typed Result values.
 */
function httpBridge(token: string): FrontierApi {
  const call = async (method: Method, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-frontier-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (err) {
      return { ok: false, error: { code: 'IO', message: `Frontier's host did not answer (${String(err)}).` } };
    }
  };
  const bridge = Object.fromEntries(METHODS.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as FrontierApi;
  return { ...bridge, 'shell.openExternal': openInThisBrowser };
}

/**
 * Browser mode's `shell.openExternal`: the host has no window to ask in and no business starting
 * programs, so the page asks and the browser opens the link in a new tab, without an opener or a
 * referrer. The same allowlist as the desktop app's applies first.
 */
async function openInThisBrowser(input: Input<'shell.openExternal'>): Promise<Result<Output<'shell.openExternal'>>> {
  const url = toExternalLink(input.url);
  if (url === null) return { ok: false, error: { code: 'FORBIDDEN', message: 'Frontier opens only http:, https: and mailto: links.' } };
  if (!window.confirm(`Open this link outside Frontier?\n\n${url}`)) return { ok: true, value: { opened: false } };
  window.open(url, '_blank', 'noopener,noreferrer');
  return { ok: true, value: { opened: true } };
}

export function connectApi(): FrontierApi {
  if (window.frontier) return window.frontier;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return httpBridge(token);
}
