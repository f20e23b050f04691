import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../../main/core/dossier/chromium-printer';
import { destinationPages } from '../../../../main/core/dossier/page-positions';
import { tempDir } from '../../../helpers/temp-notebook';

/**
 * The print engine on its own, with HTML that has no CSP of its own (the dossier's would stop
 * these requests first): whatever the document asks for, Chromium runs no script and fetches
 * nothing but the document.
 */
/** A real server on this machine: if anything got out of the print engine, it would arrive here. */
async function listeningServer() {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { hits, server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the Chromium print engine', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('runs no script and lets no request out, and reads back where each linked section landed', async () => {
    const { hits, server, origin } = await listeningServer();
    const blocked: string[] = [];
    const printer = createChromiumPrinter({ onBlockedRequest: (url) => blocked.push(url) });
    const session = await printer.open();
    try {
      const html = `<!DOCTYPE html><html><head><title>Original</title>
<link rel="stylesheet" href="${origin}/x.css">
<script>document.title = 'pwned'; document.write('SCRIPT RAN');</script></head>
<body><a href="#two">to two</a><img src="${origin}/pixel.gif"><img src="http://tracker.example/p.gif">
<h1>One</h1><div style="break-after: page"></div><h1 id="two">Two</h1>
<iframe src="${origin}/frame"></iframe></body></html>`;
      const pdf = await session.print(html);
      const file = join(tmp.dir, 'engine.pdf');
      writeFileSync(file, pdf);
      expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout).toMatch(/^Title:\s+Original$/m);
      expect(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout).not.toContain('SCRIPT RAN');
      expect(hits).toEqual([]);
      // Refused by the page's CSP (sent with the document) or, failing that, by the route.
      for (const url of blocked) expect(url).not.toBe('http://dossier.frontier.invalid/dossier.html');
      expect(await destinationPages(pdf)).toEqual({ pages: { two: 2 }, pageCount: 2 });
    } finally {
      await session.close();
      server.close();
    }
  });

  it('prints the loaded document again after editing it in place, still fetching nothing', async () => {
    const { hits, server, origin } = await listeningServer();
    const session = await createChromiumPrinter().open();
    try {
      const html = `<!DOCTYPE html><html><head><title>Edited</title><style id="hide">.x { visibility: hidden; }</style></head>
<body><ol id="list"><li>before</li></ol><p class="x">now shown</p><a href="#two">to two</a><div style="break-after: page"></div><h1 id="two">Two</h1></body></html>`;
      const first = await session.print(html);
      const text = (pdf: Uint8Array) => {
        const file = join(tmp.dir, 'edited.pdf');
        writeFileSync(file, pdf);
        return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
      };
      expect(text(first)).toContain('before');
      expect(text(first)).not.toContain('now shown');
      const second = await session.reprint!({ replace: { list: `<ol id="list"><li>after</li><img src="${origin}/edit.gif"></ol>` }, remove: ['hide', 'not-there'] });
      expect(text(second)).toContain('after');
      expect(text(second)).not.toContain('before');
      expect(text(second)).toContain('now shown');
      expect(await destinationPages(second)).toEqual({ pages: { two: 2 }, pageCount: 2 });
      await expect(session.reprint!({ replace: { missing: '<p></p>' } })).rejects.toMatchObject({ code: 'INTERNAL' });
      expect(hits).toEqual([]);
    } finally {
      await session.close();
      server.close();
    }
  });

  it('stops a print when cancelled', async () => {
    const controller = new AbortController();
    const session = await createChromiumPrinter().open(controller.signal);
    const big = `<!DOCTYPE html><title>x</title>${'<p>text</p>'.repeat(200_000)}`;
    const printing = session.print(big, { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(printing).rejects.toMatchObject({ code: 'CANCELLED' });
    await session.close();
  });
});
