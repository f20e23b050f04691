import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, MENU_COMMAND_EVENT, menuCommandScript, type MenuCommand } from '../../../shared/ipc/menu-commands';

describe('menu commands', () => {
  it('raise one CustomEvent on window with the command id, built from constants only', () => {
    for (const id of MENU_COMMANDS) {
      const raised: Array<{ type: string; detail: unknown }> = [];
      const window = { dispatchEvent: (e: { type: string; detail: unknown }) => raised.push({ type: e.type, detail: e.detail }) };
      class CustomEvent {
        constructor(
          readonly type: string,
          readonly init: { detail: unknown },
        ) {}
        get detail() {
          return this.init.detail;
        }
      }
      new Function('window', 'CustomEvent', menuCommandScript(id))(window, CustomEvent);
      expect(raised).toEqual([{ type: MENU_COMMAND_EVENT, detail: id }]);
    }
  });

  it('refuses anything that is not a menu command, so no other text reaches the script', () => {
    for (const bad of ['export', 'delete-note', '"); alert(1); ("', '', 'import ']) expect(() => menuCommandScript(bad as MenuCommand)).toThrow(/Not a menu command/);
  });
});
