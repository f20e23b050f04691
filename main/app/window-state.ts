/**
 * Remembering the main window's size and position, as pure functions (window-state-store.ts reads
 * and writes the file and listens to the window). Coordinates are Electron's: device-independent
 * pixels in one virtual desktop, where a monitor to the left of or above the primary one has
 * negative coordinates — valid, not a sign of corruption.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display that matters here (screen.getAllDisplays()). */
export interface DisplayLike {
  workArea: Rect;
}

export interface WindowDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** What the window was when last saved. `bounds` are the normal (un-maximized) bounds. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

export const WINDOW_STATE_VERSION = 1;

/** The height of the strip at the top of a window that the user grabs to move it (title bar). */
const GRAB_STRIP = 32;
/** How much of that strip must lie on one display for the window to count as reachable. */
const MIN_GRAB_WIDTH = 100;
const MIN_GRAB_HEIGHT = 16;
/** Coordinates beyond this are garbage, whatever the monitor wall. */
const MAX_COORD = 100_000;

/**
 * The bounds to create the window with. `saved` is whatever was read from window-state.json
 * (anything: the file may be missing, truncated, hand-edited or from a future version).
 * `displays` are the current displays, the primary one first.
 *
 * - Invalid or missing → the default size, centered on the primary display.
 * - Smaller than the minimum → grown to it.
 * - Off every display (its title bar is not on any work area, e.g. the monitor it was on has been
 *   unplugged) → centered on the primary display, at the default size; maximized / full screen are
 *   kept, so it comes back maximized on the primary display.
 * - Larger than the display it is on → shrunk to that display's work area and moved inside it, so
 *   its title bar and edges can be reached.
 */
export function restoreBounds(saved: unknown, displays: readonly DisplayLike[], defaults: WindowDefaults): WindowState {
  const state = parseWindowState(saved);
  const primary = displays[0]?.workArea;
  if (!state) return { bounds: centered(defaults, primary, defaults), maximized: false, fullScreen: false };

  const size = {
    width: Math.max(state.bounds.width, defaults.minWidth),
    height: Math.max(state.bounds.height, defaults.minHeight),
  };
  const placed = { ...state.bounds, ...size };
  const home = displayHolding(placed, displays);
  if (!home) return { bounds: centered(defaults, primary, defaults), maximized: state.maximized, fullScreen: state.fullScreen };

  return { bounds: fitInto(placed, home, defaults), maximized: state.maximized, fullScreen: state.fullScreen };
}

/** The JSON written to window-state.json. */
export function serializeBounds(state: WindowState): { version: number; bounds: Rect; maximized: boolean; fullScreen: boolean } {
  return {
    version: WINDOW_STATE_VERSION,
    bounds: roundRect(state.bounds),
    maximized: state.maximized,
    fullScreen: state.fullScreen,
  };
}

/** Validates the saved JSON; null when it is not a window state this version wrote. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (!isRecord(raw) || raw['version'] !== WINDOW_STATE_VERSION) return null;
  const bounds = raw['bounds'];
  if (!isRecord(bounds)) return null;
  const { x, y, width, height } = bounds;
  if (!isCoord(x) || !isCoord(y) || !isCoord(width) || !isCoord(height)) return null;
  if (width <= 0 || height <= 0) return null;
  const maximized = raw['maximized'] ?? false;
  const fullScreen = raw['fullScreen'] ?? false;
  if (typeof maximized !== 'boolean' || typeof fullScreen !== 'boolean') return null;
  return { bounds: roundRect({ x, y, width, height }), maximized, fullScreen };
}

/** The work area on which most of the window's title bar lies, if enough of it lies on one. */
function displayHolding(bounds: Rect, displays: readonly DisplayLike[]): Rect | undefined {
  const strip: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(GRAB_STRIP, bounds.height) };
  let best: { area: Rect; overlap: number } | undefined;
  for (const { workArea } of displays) {
    if (!isUsableRect(workArea)) continue;
    const common = intersection(strip, workArea);
    if (!common || common.width < Math.min(MIN_GRAB_WIDTH, strip.width) || common.height < Math.min(MIN_GRAB_HEIGHT, strip.height)) continue;
    const overlap = common.width * common.height;
    if (!best || overlap > best.overlap) best = { area: workArea, overlap };
  }
  return best?.area;
}

/** Shrinks `bounds` to fit `area` (never below the minimum size) and, if it had to shrink, moves it inside. */
function fitInto(bounds: Rect, area: Rect, defaults: WindowDefaults): Rect {
  const width = Math.max(Math.min(bounds.width, area.width), defaults.minWidth);
  const height = Math.max(Math.min(bounds.height, area.height), defaults.minHeight);
  if (width === bounds.width && height === bounds.height) return roundRect(bounds);
  return roundRect({
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  });
}

/** The default size (shrunk to fit, never below the minimum) centered on `area`. */
function centered(size: { width: number; height: number }, area: Rect | undefined, defaults: WindowDefaults): Rect {
  if (!area || !isUsableRect(area)) return { x: 0, y: 0, width: defaults.width, height: defaults.height };
  const width = Math.max(Math.min(size.width, area.width), defaults.minWidth);
  const height = Math.max(Math.min(size.height, area.height), defaults.minHeight);
  return roundRect({
    x: area.x + Math.max(0, (area.width - width) / 2),
    y: area.y + Math.max(0, (area.height - height) / 2),
    width,
    height,
  });
}

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Keeps `value` within [min, max]; when the range is empty (max < min), min wins. */
const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

const roundRect = (r: Rect): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isCoord = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORD;

const isUsableRect = (r: Rect): boolean => [r.x, r.y, r.width, r.height].every(Number.isFinite) && r.width > 0 && r.height > 0;
