import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { FrontierApi, Method } from '../../../../shared/ipc';
import { AppProvider, useApp } from '../../../../renderer/state/app-context';

/**
 * Renders renderer components inside the real AppProvider over a fake API: every call is
 * recorded, answered by a handler (a value, or a thrown FakeFailure as `{ ok: false }`).
 */
export class FakeFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Handler = (input: never) => unknown;
export type Handlers = Partial<Record<Method, Handler>>;

const DEFAULTS: Handlers = {
  'notebook.info': () => ({ path: '/nb', schemaVersion: 1, meta: { title: 'Test', created: '2021-10-01T00:00:00.000Z', defaultTlp: 'AMBER' }, counts: { notes: 0, sources: 0, events: 0 } }),
  'notes.list': () => [],
  'sources.list': () => [],
  'events.list': () => [],
  'links.get': () => ({ outgoing: [], backlinks: [], unresolved: [], unlinkedMentions: [], citations: [], citedBy: [], events: [] }),
};

export function fakeApi(handlers: Handlers) {
  const calls: Array<{ method: string; input: unknown }> = [];
  const api = new Proxy(
    {},
    {
      get: (_t, method: string) => async (input: unknown) => {
        calls.push({ method, input });
        const handler = (handlers as Record<string, Handler | undefined>)[method] ?? (DEFAULTS as Record<string, Handler | undefined>)[method];
        if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `no fake for ${method}` } };
        try {
          return { ok: true, value: await handler(input as never) };
        } catch (err) {
          if (err instanceof FakeFailure) return { ok: false, error: { code: err.code, message: err.message } };
          throw err;
        }
      },
    },
  ) as FrontierApi;
  return { api, calls, callsOf: (m: Method) => calls.filter((c) => c.method === m).map((c) => c.input) };
}

/** Shows the app state the tests check: what is selected, and the status line. */
function Probe() {
  const { state } = useApp();
  return (
    <output data-testid="probe" data-selection={JSON.stringify(state.selection)} data-status={state.status?.text ?? ''} data-last-note={state.lastNoteId ?? ''} />
  );
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Lets promises and effects run until the UI is quiet. */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export interface Rendered {
  container: HTMLElement;
  root: Root;
  probe(): { selection: unknown; status: string; lastNote: string };
  unmount(): void;
}

export async function renderInApp(ui: ReactNode, api: FrontierApi): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <AppProvider api={api} filePicker={() => null}>
        {ui}
        <Probe />
      </AppProvider>,
    );
  });
  await settle();
  return {
    container,
    root,
    probe() {
      const el = container.querySelector<HTMLElement>('[data-testid="probe"]')!;
      return { selection: JSON.parse(el.dataset['selection'] ?? 'null') as unknown, status: el.dataset['status'] ?? '', lastNote: el.dataset['lastNote'] ?? '' };
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The control a <label> names (by `for`, or the one inside it). */
export function byLabel(container: ParentNode, text: string): HTMLElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor ? label.ownerDocument.getElementById(label.htmlFor) : label.querySelector<HTMLElement>('input, select, textarea');
  if (!control) throw new Error(`label "${text}" names no control`);
  return control;
}

export function button(container: ParentNode, name: string): HTMLButtonElement {
  const b = [...container.querySelectorAll('button')].find((x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
}

/** Sets a value the way typing does, so React's onChange sees it. */
export async function type(el: HTMLElement, value: string): Promise<void> {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
  await settle();
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
  await settle();
}
