import { describe, expect, it } from 'vitest';
import { cdpOfDebugger, type DebuggerLike } from '../../../main/app/debugger-cdp';
import { editDocument } from '../../../main/core/dossier/edit-document';

/** Electron's webContents.debugger over a document with #contents and #draft-style. */
function fakeDebugger(attached = false) {
  const calls: string[] = [];
  const ids: Record<string, number> = { '#contents': 5, '#draft-style': 6 };
  const dbg: DebuggerLike = {
    isAttached: () => attached,
    attach: (v) => {
      calls.push(`attach ${v}`);
      attached = true;
    },
    detach: () => {
      calls.push('detach');
      attached = false;
    },
    sendCommand: async (method, params = {}) => {
      calls.push(`${method} ${JSON.stringify(params)}`);
      if (method === 'DOM.getDocument') return { root: { nodeId: 1 } };
      if (method === 'DOM.querySelector') return { nodeId: ids[(params as { selector: string }).selector] ?? 0 };
      return {};
    },
  };
  return { dbg, calls };
}

describe('the Electron printer’s second pass', () => {
  it('edits the loaded page through the built-in DevTools client, then lets it go', async () => {
    const { dbg, calls } = fakeDebugger();
    await editDocument(cdpOfDebugger(dbg), { replace: { contents: '<ol id="contents"><li>p. 3</li></ol>' }, remove: ['draft-style', 'gone'] });
    expect(calls).toEqual([
      'attach 1.3',
      'DOM.getDocument {"depth":0}',
      'DOM.querySelector {"nodeId":1,"selector":"#contents"}',
      'DOM.setOuterHTML {"nodeId":5,"outerHTML":"<ol id=\\"contents\\"><li>p. 3</li></ol>"}',
      'DOM.querySelector {"nodeId":1,"selector":"#draft-style"}',
      'DOM.removeNode {"nodeId":6}',
      'DOM.querySelector {"nodeId":1,"selector":"#gone"}',
      'detach',
    ]);
  });

  it('refuses an element that is missing or an id that is not one, and still detaches', async () => {
    const missing = fakeDebugger();
    await expect(editDocument(cdpOfDebugger(missing.dbg), { replace: { nowhere: '<p></p>' } })).rejects.toThrow(/no element #nowhere/);
    expect(missing.calls.at(-1)).toBe('detach');
    const hostile = fakeDebugger();
    await expect(editDocument(cdpOfDebugger(hostile.dbg), { remove: ['x, script'] })).rejects.toThrow(/Not an element id/);
    expect(hostile.calls.at(-1)).toBe('detach');
  });

  it('does not attach twice to a debugger that is already attached', async () => {
    const { dbg, calls } = fakeDebugger(true);
    await editDocument(cdpOfDebugger(dbg), {});
    expect(calls[0]).toBe('DOM.getDocument {"depth":0}');
  });
});
