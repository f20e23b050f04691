import { FrontierError } from '../../../shared/ipc/errors';
import type { DocumentEdit } from './printer';

/** The DevTools protocol calls editDocument makes (a playwright CDPSession has this shape). */
export interface Cdp {
  send(method: 'DOM.getDocument', params: { depth: number }): Promise<{ root: { nodeId: number } }>;
  send(method: 'DOM.querySelector', params: { nodeId: number; selector: string }): Promise<{ nodeId: number }>;
  send(method: 'DOM.setOuterHTML', params: { nodeId: number; outerHTML: string }): Promise<unknown>;
  send(method: 'DOM.removeNode', params: { nodeId: number }): Promise<unknown>;
  detach(): Promise<void>;
}

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Applies an edit to the loaded document through the DevTools protocol's DOM domain: the page
 * itself still runs no script (JavaScript stays disabled; these are the inspector's own calls).
 * Replaced markup is parsed as the page's HTML, under its CSP, so it can fetch nothing either.
 */
export async function editDocument(cdp: Cdp, edit: DocumentEdit): Promise<void> {
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const find = async (id: string) => {
      if (!ID.test(id)) throw new FrontierError('INTERNAL', `Not an element id: ${id}`);
      return (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${id}` })).nodeId;
    };
    for (const [id, outerHTML] of Object.entries(edit.replace ?? {})) {
      const nodeId = await find(id);
      if (!nodeId) throw new FrontierError('INTERNAL', `The printed document has no element #${id} to replace.`);
      await cdp.send('DOM.setOuterHTML', { nodeId, outerHTML });
    }
    for (const id of edit.remove ?? []) {
      const nodeId = await find(id);
      if (nodeId) await cdp.send('DOM.removeNode', { nodeId });
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
