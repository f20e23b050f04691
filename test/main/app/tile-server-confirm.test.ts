import { describe, expect, it, vi } from 'vitest';
import { createTileServerConfirm, tileServerDialog } from '../../../main/app/tile-server-confirm';

describe('the desktop app asks before the map uses a tile server', () => {
  it('shows the whole template and says what the server learns; Cancel is the default', () => {
    const options = tileServerDialog('https://tiles.example/{z}/{x}/{y}.png');
    expect(options.detail).toContain('https://tiles.example/{z}/{x}/{y}.png');
    expect(options.detail).toMatch(/learns which places you look at/);
    expect([options.defaultId, options.cancelId]).toEqual([0, 0]);
  });

  it('is yes only for "Use this server"', async () => {
    let response = 0;
    const confirm = createTileServerConfirm({ showMessageBox: vi.fn(async () => ({ response })), window: () => undefined });
    expect(await confirm('https://t.example/{z}/{x}/{y}')).toBe(false);
    response = 1;
    expect(await confirm('https://t.example/{z}/{x}/{y}')).toBe(true);
  });
});
