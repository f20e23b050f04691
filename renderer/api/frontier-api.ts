import { METHODS, type FrontierApi, type Method, type Result } from '../../shared/ipc';

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
  return Object.fromEntries(METHODS.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as FrontierApi;
}

export function connectApi(): FrontierApi {
  if (window.frontier) return window.frontier;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return httpBridge(token);
}
