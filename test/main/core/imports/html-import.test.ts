import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHtmlDocument } from '../../../../main/core/imports/html/html-document';
import { openTempNotebook } from '../../../helpers/temp-notebook';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/imports/hostile-article.html');

describe('saved web page import', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('imports a page full of hostile markup as clean text with the metadata of its head', async () => {
    const data = readFileSync(FIXTURE);
    const { source, created } = await nb.services.sources.importFile({ fileName: 'imam-sahib.html', data });
    expect(created).toEqual({ sources: 1, events: 0 });
    expect(source).toMatchObject({
      title: 'Clashes reported near Imam Sahib',
      outlet: 'Khorasan Herald',
      author: 'Farid Noori',
      publishedAt: '2021-10-09T07:30:00+04:30',
      url: 'https://herald.example.org/2021/10/imam-sahib-clashes',
      language: 'en',
      kind: 'news-report',
      original: { mediaType: 'text/html', size: data.length },
    });
    const text = await nb.services.sources.text(source.id);
    expect(text).toContain('Fighting broke out on Thursday, 7 October, between Taliban fighters');
    expect(text).toContain('five of the attackers were killed and two Taliban fighters were injured');
    expect(text).toContain('The Tajik border service did not comment on the report.');
    // Paragraphs stay paragraphs.
    expect(text).toMatch(/telephone\. One resident said the firing lasted for about three hours\.\n\nA provincial official/);
    // Nothing active, remote or off-article survives: scripts, handlers, frames, forms, trackers, navigation.
    for (const bad of ['alert', 'cookie', 'exfil', 'pixel', 'tracker', 'script', 'onload', 'hunter2', 'Log in', 'SVG TEXT', 'Unrelated story', 'Privacy', 'We use cookies', '<', 'http']) {
      expect(text, bad).not.toContain(bad);
    }
    // The original is kept byte for byte.
    expect((await nb.store.blobs.get(source.original!.sha256)).equals(data)).toBe(true);
  });

  it('decodes a Russian page saved as windows-1251 by its meta charset, and finds JSON-LD authors', () => {
    const html = `<html><head><meta charset="windows-1251"><title>Учения ОДКБ</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Учения ОДКБ у границы","datePublished":"2021-10-18","author":{"@type":"Person","name":"Анна Петрова"},"publisher":{"name":"Вестник Памира"}}</script>
      </head><body><p>Душанбе, 18 октября 2021 г.</p><p>${'На полигоне Харбмайдон начались совместные учения ОДКБ. '.repeat(6)}</p></body></html>`;
    const doc = readHtmlDocument(encode1251(html));
    expect(doc.meta).toMatchObject({ title: 'Учения ОДКБ у границы', author: 'Анна Петрова', outlet: 'Вестник Памира', publishedAt: '2021-10-18', language: 'ru' });
    expect(doc.text).toContain('На полигоне Харбмайдон начались совместные учения ОДКБ.');
  });

  it('falls back to the whole body for a page Readability cannot score, still sanitized', () => {
    const doc = readHtmlDocument(new TextEncoder().encode('<p>Short note: border closed.</p><script>alert(1)</script><img src=x onerror=alert(2)>'));
    expect(doc.text).toBe('Short note: border closed.');
  });
});

/** windows-1251 for the Cyrillic letters and ASCII used above (Node has no encoder for it). */
function encode1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else out.push(0x3f);
  }
  return new Uint8Array(out);
}
