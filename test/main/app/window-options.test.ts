import { readFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWindowOptions, PAGE_BACKGROUND, WINDOW_SIZE } from '../../../main/app/window-options';

const preload = path.resolve('/opt/frontier/out/preload/preload.cjs');

describe('buildWindowOptions', () => {
  it('hardens the renderer (Electron security checklist)', () => {
    expect(buildWindowOptions(preload).webPreferences).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('does not show the window before it is ready', () => {
    expect(buildWindowOptions(preload).show).toBe(false);
  });

  it('refuses a relative preload path, which Electron would silently ignore', () => {
    expect(() => buildWindowOptions('out/preload/preload.cjs')).toThrow(/absolute/);
  });

  it('places the window where it was, or centers it at the default size', () => {
    const bounds = { x: -1800, y: 100, width: 1200, height: 800 };
    expect(buildWindowOptions(preload, bounds)).toMatchObject({ ...bounds, minWidth: WINDOW_SIZE.minWidth, minHeight: WINDOW_SIZE.minHeight });
    expect(buildWindowOptions(preload, bounds).center).toBeUndefined();
    expect(buildWindowOptions(preload)).toMatchObject({ width: 1280, height: 800, center: true, minWidth: 720, minHeight: 480 });
    expect(buildWindowOptions(preload).x).toBeUndefined();
  });
});

describe('the window behind the page', () => {
  it('is the page background of the OS theme, so a dark theme never flashes white', () => {
    expect(buildWindowOptions(preload).backgroundColor).toBe(PAGE_BACKGROUND.light);
    expect(buildWindowOptions(preload, undefined, true).backgroundColor).toBe(PAGE_BACKGROUND.dark);
  });

  it('matches the --bg the stylesheet sets for each theme', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../renderer/styles.css'), 'utf8');
    const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!.toLowerCase());
    expect({ light, dark }).toEqual(PAGE_BACKGROUND);
  });
});
