import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { built } from '../helpers/build-dir';

const ROOT = join(import.meta.dirname, '../..');
export const RESULTS_DIR = join(ROOT, 'test-results');

/** Debian's Chromium (never a Playwright download); FRONTIER_CHROMIUM overrides. */
export function chromiumPath(): string {
  const candidates = [process.env['FRONTIER_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: apt-get install chromium (or set FRONTIER_CHROMIUM)');
  return found;
}

export interface Served {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the built browser-mode host (`out/main/serve.js`, what `npm run serve` runs) on a notebook. */
export async function serve(notebook: string): Promise<Served> {
  const script = built('main/serve.js');
  if (!existsSync(script)) throw new Error('Run `npm run build` first.');
  // Per-machine settings (the map's tile source) from a folder beside the notebook unless the test
  // names one: never the real user-data folder, whose settings would change what the tests see.
  const userData = process.env['FRONTIER_USER_DATA'] || join(dirname(notebook), 'user-data');
  const child = spawn(process.execPath, [script, '--notebook', notebook], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FRONTIER_USER_DATA: userData } });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL:\n${out}`)), 15_000);
    const check = () => {
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${out}`)));
  });
  return {
    url,
    process: child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Requests that left 127.0.0.1: must stay empty. */
  external: () => string[];
  consoleErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const LOCAL = /^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:)/;

export async function openBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    browser,
    context,
    page,
    requests,
    consoleErrors,
    external: () => requests.filter((u) => !LOCAL.test(u)),
    async screenshot(name) {
      const path = join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    close: () => browser.close(),
  };
}
