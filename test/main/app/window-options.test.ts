import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../main/app/window-options';

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
});
