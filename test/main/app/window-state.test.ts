import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreBounds, serializeBounds, type DisplayLike, type Rect, type WindowState } from '../../../main/app/window-state';
import { WINDOW_SIZE } from '../../../main/app/window-options';

const display = (x: number, y: number, width: number, height: number): DisplayLike => ({ workArea: { x, y, width, height } });
/** 1920×1080 primary with a 40 px taskbar at the bottom. */
const primary = display(0, 0, 1920, 1040);
/** A second monitor to the left of the primary one: negative x, perfectly valid. */
const left = display(-1920, 0, 1920, 1080);
/** A 1440×900 MacBook screen under a 25 px menu bar. */
const laptop = display(0, 25, 1440, 875);

const saved = (bounds: Rect, extra: Record<string, unknown> = {}) => ({ version: 1, bounds, maximized: false, fullScreen: false, ...extra });
const normal = (bounds: Rect, extra: Partial<WindowState> = {}): WindowState => ({ bounds, maximized: false, fullScreen: false, ...extra });

/** The default 1280×800 centered on the primary display's work area. */
const centeredOnPrimary = { x: 320, y: 120, width: 1280, height: 800 };

describe('restoreBounds', () => {
  it.each<[string, unknown, DisplayLike[], WindowState]>([
    ['nothing saved (first run)', undefined, [primary], normal(centeredOnPrimary)],
    ['on the primary display', saved({ x: 100, y: 50, width: 1000, height: 700 }), [primary], normal({ x: 100, y: 50, width: 1000, height: 700 })],
    ['on a monitor to the left (negative x)', saved({ x: -1800, y: 100, width: 1200, height: 800 }), [primary, left], normal({ x: -1800, y: 100, width: 1200, height: 800 })],
    ['straddling two monitors', saved({ x: -300, y: 100, width: 1000, height: 700 }), [primary, left], normal({ x: -300, y: 100, width: 1000, height: 700 })],
    ['on a monitor that has been unplugged', saved({ x: -1800, y: 100, width: 1200, height: 800 }), [primary], normal(centeredOnPrimary)],
    ['unplugged, maximized: comes back maximized on the primary display', saved({ x: -1800, y: 100, width: 1200, height: 800 }, { maximized: true }), [primary], normal(centeredOnPrimary, { maximized: true })],
    ['partly off the right edge, title bar still reachable', saved({ x: 1700, y: 500, width: 1000, height: 700 }), [primary], normal({ x: 1700, y: 500, width: 1000, height: 700 })],
    ['only a 50 px sliver of the title bar on screen', saved({ x: 1870, y: 500, width: 1000, height: 700 }), [primary], normal(centeredOnPrimary)],
    ['title bar above the top of every display', saved({ x: 100, y: -500, width: 1000, height: 700 }), [primary], normal(centeredOnPrimary)],
    ['far away (Windows parks minimized windows at -32000)', saved({ x: -32000, y: -32000, width: 160, height: 28 }), [primary, left], normal(centeredOnPrimary)],
    ['smaller than the minimum: grown to 720×480', saved({ x: 200, y: 100, width: 300, height: 200 }), [primary], normal({ x: 200, y: 100, width: 720, height: 480 })],
    ['larger than its display: shrunk to the work area and moved inside', saved({ x: 100, y: 10, width: 3000, height: 2000 }), [primary], normal({ x: 0, y: 0, width: 1920, height: 1040 })],
    ['from a big monitor onto a laptop', saved({ x: 200, y: 40, width: 1600, height: 1000 }), [laptop], normal({ x: 0, y: 25, width: 1440, height: 875 })],
    ['a display smaller than the minimum: the minimum wins', saved({ x: 0, y: 0, width: 1000, height: 700 }), [display(0, 0, 640, 400)], normal({ x: 0, y: 0, width: 720, height: 480 })],
    ['fractional values (scaled displays) are rounded', saved({ x: 100.4, y: 50.6, width: 1000.5, height: 700.2 }), [primary], normal({ x: 100, y: 51, width: 1001, height: 700 })],
    ['maximized and full screen are kept', saved({ x: 100, y: 50, width: 1000, height: 700 }, { maximized: true, fullScreen: true }), [primary], normal({ x: 100, y: 50, width: 1000, height: 700 }, { maximized: true, fullScreen: true })],
    ['flags missing: not maximized', { version: 1, bounds: { x: 100, y: 50, width: 1000, height: 700 } }, [primary], normal({ x: 100, y: 50, width: 1000, height: 700 })],
    ['nothing saved, laptop primary: centered under the menu bar', undefined, [laptop, primary], normal({ x: 80, y: 63, width: 1280, height: 800 })],
    ['no displays reported at all', saved({ x: 100, y: 50, width: 1000, height: 700 }), [], normal({ x: 0, y: 0, width: 1280, height: 800 })],
  ])('%s', (_name, input, displays, expected) => {
    expect(restoreBounds(input, displays, WINDOW_SIZE)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2, 3, 4]],
    ['an empty object', {}],
    ['a future version', { ...saved({ x: 100, y: 50, width: 1000, height: 700 }), version: 2 }],
    ['no version', { bounds: { x: 100, y: 50, width: 1000, height: 700 } }],
    ['bounds not an object', { version: 1, bounds: [100, 50, 1000, 700] }],
    ['a coordinate as a string', saved({ x: '100' as unknown as number, y: 50, width: 1000, height: 700 })],
    ['a missing coordinate', { version: 1, bounds: { x: 100, width: 1000, height: 700 } }],
    ['NaN', saved({ x: Number.NaN, y: 50, width: 1000, height: 700 })],
    ['Infinity', saved({ x: 100, y: 50, width: Number.POSITIVE_INFINITY, height: 700 })],
    ['an absurd coordinate', saved({ x: 1e9, y: 50, width: 1000, height: 700 })],
    ['zero width', saved({ x: 100, y: 50, width: 0, height: 700 })],
    ['negative height', saved({ x: 100, y: 50, width: 1000, height: -700 })],
    ['maximized not a boolean', saved({ x: 100, y: 50, width: 1000, height: 700 }, { maximized: 'yes' })],
    ['fullScreen not a boolean', saved({ x: 100, y: 50, width: 1000, height: 700 }, { fullScreen: 1 })],
  ])('garbage (%s): the default size, centered, not maximized', (_name, input) => {
    expect(parseWindowState(input)).toBeNull();
    expect(restoreBounds(input, [primary, left], WINDOW_SIZE)).toEqual(normal(centeredOnPrimary));
  });

  it('ignores a display with an unusable work area', () => {
    const broken = display(0, 0, 0, 0);
    expect(restoreBounds(saved({ x: 100, y: 50, width: 1000, height: 700 }), [primary, broken], WINDOW_SIZE).bounds).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
    expect(restoreBounds(undefined, [broken], WINDOW_SIZE).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
  });
});

describe('serializeBounds', () => {
  it('writes a versioned document with whole pixels', () => {
    expect(serializeBounds(normal({ x: -1800.4, y: 99.6, width: 1200, height: 800 }, { maximized: true }))).toEqual({
      version: 1,
      bounds: { x: -1800, y: 100, width: 1200, height: 800 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('round-trips through JSON and restoreBounds', () => {
    const states = [
      normal({ x: 100, y: 50, width: 1000, height: 700 }),
      normal({ x: -1800, y: 100, width: 1200, height: 800 }, { maximized: true }),
      normal({ x: 0, y: 0, width: 1920, height: 1040 }, { fullScreen: true }),
    ];
    for (const state of states) {
      const text = JSON.stringify(serializeBounds(state));
      expect(restoreBounds(JSON.parse(text), [primary, left], WINDOW_SIZE)).toEqual(state);
    }
  });
});
