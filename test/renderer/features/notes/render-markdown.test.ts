// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { makeLinkContext, renderMarkdown, renderMarkdownFragment, sanitizeHtmlFragment, type LinkContext } from '../../../../renderer/features/notes/render-markdown';

const ctx: LinkContext = makeLinkContext(
  [
    { id: 'n_kabul0000001', title: 'Kabul airport' },
    { id: 'n_other0000001', title: 'Other' },
  ],
  [{ id: 's_src000000001', title: 'Tolo News report', reliability: 'B', credibility: 2 }],
);

/** The rendered nodes, in a detached container, for querying. */
function dom(markdown: string): HTMLElement {
  const box = document.createElement('div');
  box.append(renderMarkdownFragment(markdown, ctx));
  return box;
}

/** Nothing that can run script or fetch anything survived. */
function expectInert(box: HTMLElement): void {
  expect(box.querySelectorAll('script, style, iframe, object, embed, svg, math, form, input, noscript, template, link, meta, base')).toHaveLength(0);
  for (const el of box.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
      expect(attr).not.toBe('style');
    }
    const href = el.getAttribute('href');
    if (href !== null) expect(href === '#' || /^(https?|mailto):/.test(href), `href ${href}`).toBe(true);
  }
  for (const img of box.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^data:image\/(png|gif|jpe?g|webp)/);
}

describe('renderMarkdown: hostile input', () => {
  const HOSTILE: Array<[string, string]> = [
    ['script block', '<script>alert(1)</script>'],
    ['inline script', 'hello <script>alert(1)</script> world'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['javascript: link in Markdown', '[x](javascript:alert(1))'],
    ['javascript: link in HTML', '<a href="javascript:alert(1)">x</a>'],
    ['entity-encoded javascript:', '<a href="jav&#x61;script:alert(1)">x</a>'],
    ['entity-encoded javascript: in Markdown', '[x](jav&#x61;script:alert(1))'],
    ['tab inside the scheme', '[x](java\tscript:alert(1))'],
    ['svg script', '<svg><script>alert(1)</script></svg>'],
    ['svg onload', '<svg onload=alert(1)><circle r=1></circle></svg>'],
    ['math tricks', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
    ['math href', '<math href="javascript:alert(1)">x</math>'],
    ['noscript title', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['comment', '<!--><img src=x onerror=alert(1)>-->'],
    ['less-than then non-letter', '<<img src=x onerror=alert(1)> and <3 and a < b and </ p>'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['style attribute', '<p style="background:url(https://tracker.example/x)">x</p>'],
    ['style element', '<style>body{background:url(https://tracker.example/x)}</style>'],
    ['form', '<form action="https://evil.example"><input name=x><button>go</button></form>'],
    ['data: html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript link', '[x](vbscript:msgbox)'],
    ['file link', '[x](file:///etc/passwd)'],
    ['reference link to javascript:', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['autolink javascript', '<javascript:alert(1)>'],
    ['svg data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['template', '<template><img src=x onerror=alert(1)></template>'],
    ['html inside a wikilink label', '[[Other|<img src=x onerror=alert(1)>]]'],
    ['html inside a wikilink target', '[[<img src=x onerror=alert(1)>]]'],
    ['html inside a citation excerpt', '[@s_src000000001, p. 1, "<img src=x onerror=alert(1)>"]'],
    ['quote breaking out of a data attribute', '[[Other" onmouseover="alert(1)]]'],
  ];
  it.each(HOSTILE)('%s', (_name, markdown) => {
    const box = dom(markdown);
    expectInert(box);
    expect(box.querySelectorAll('img')).toHaveLength(0);
    expect(renderMarkdown(markdown, ctx)).not.toMatch(/<(script|svg|math|iframe|img|style|form)\b/i);
  });

  // The second wall: even if the Markdown layer let HTML through, the sanitizer alone must hold.
  it.each(HOSTILE)('sanitizer alone: %s', (_name, html) => {
    const box = document.createElement('div');
    box.append(sanitizeHtmlFragment(html, ctx));
    expectInert(box);
    expect(box.querySelectorAll('img')).toHaveLength(0);
  });

  it('sanitizer alone: drops remote images, keeps data: rasters, and rewrites links it cannot allow', () => {
    const box = document.createElement('div');
    box.append(
      sanitizeHtmlFragment(
        '<img src="https://tracker.example/p.gif"><img srcset="https://tracker.example/p.gif 1x"><img src="data:image/png;base64,iVBORw0KGgo=">' +
          '<a href="https://ok.example/" target="_blank" onclick="x()">ok</a><a href="//evil.example/">proto-relative</a><a href=" javascript:alert(1)">sp</a>' +
          '<p data-evil="1" aria-hidden="true" id="root" name="x" class="c">p</p><a href="#" data-note-target="Other">w</a>',
        ctx,
      ),
    );
    expectInert(box);
    expect([...box.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['data:image/png;base64,iVBORw0KGgo=']);
    expect(box.innerHTML).not.toContain('tracker.example');
    const [ok, proto, sp, wiki] = [...box.querySelectorAll('a')];
    expect(ok!.getAttribute('href')).toBe('https://ok.example/');
    expect(ok!.getAttribute('target')).toBeNull();
    expect(ok!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(proto!.hasAttribute('href')).toBe(false);
    expect(sp!.hasAttribute('href')).toBe(false);
    expect(wiki!.getAttribute('data-note-id')).toBe('n_other0000001');
    const p = box.querySelector('p')!;
    expect(p.getAttributeNames().sort()).toEqual(['class', 'dir']);
  });

  it('shows raw HTML as text instead of dropping it silently', () => {
    const box = dom('Before <b>bold</b> after\n\n<div>block</div>');
    expect(box.querySelector('b')).toBeNull();
    expect(box.querySelector('div')).toBeNull();
    expect(box.textContent).toContain('<b>bold</b>');
    expect(box.textContent).toContain('<div>block</div>');
  });

  it('drops remote images entirely: no element and no address', () => {
    for (const md of ['![](https://tracker.example/p.gif)', '![pixel](http://tracker.example/p.gif "t")', '![x][img]\n\n[img]: https://tracker.example/p.gif', '![x](//tracker.example/p.gif)', '![x](p.gif)']) {
      const html = renderMarkdown(md, ctx);
      expect(html).not.toContain('tracker.example');
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toContain('p.gif');
    }
  });

  it('keeps data: raster images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const img = dom(`![map](${png})`).querySelector('img');
    expect(img?.getAttribute('src')).toBe(png);
    expect(img?.getAttribute('alt')).toBe('map');
  });
});

describe('renderMarkdown: links', () => {
  it('keeps allowed external links, canonical, with rel=noopener noreferrer', () => {
    const box = dom('[BBC](https://www.bbc.co.uk/news) and <https://example.org/a?b=1> and mail@example.org and [m](mailto:a@example.org)');
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.bbc.co.uk/news', 'https://example.org/a?b=1', 'mailto:mail@example.org', 'mailto:a@example.org']);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.className).toBe('note-external');
      expect(a.getAttribute('target')).toBeNull();
    }
  });

  it('drops the link but keeps the text for addresses that are not allowed', () => {
    const box = dom('[creds](https://bank.example@evil.example/) [rel](other.md) [unc](\\\\host\\share)');
    expect(box.querySelectorAll('a[href]')).toHaveLength(0);
    expect(box.textContent).toContain('creds');
    expect(box.textContent).toContain('rel');
  });

  it('turns wikilinks into in-app links, resolved by title (any case, spacing) or id', () => {
    const box = dom('See [[kabul  AIRPORT]], [[Other|the other one]], [[n_other0000001]] and [[Other#Background]].');
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('data-note-id'), a.getAttribute('href')])).toEqual([
      ['kabul  AIRPORT', 'n_kabul0000001', '#'],
      ['the other one', 'n_other0000001', '#'],
      ['n_other0000001', 'n_other0000001', '#'],
      ['Other › Background', 'n_other0000001', '#'],
    ]);
    expect(links.every((a) => a.className === 'note-wikilink')).toBe(true);
    expect(links[3]!.getAttribute('data-note-heading')).toBe('Background');
  });

  it('marks unresolved wikilinks, which offer to create the note', () => {
    const a = dom('[[Kunduz: the northern front]]').querySelector('a')!;
    expect(a.getAttribute('data-note-target')).toBe('Kunduz: the northern front');
    expect(a.getAttribute('data-note-id')).toBeNull();
    expect(a.className).toContain('note-unresolved');
    expect(a.title).toContain('create');
  });

  it('leaves wikilinks and citations in code alone', () => {
    const box = dom('`[[Other]]` and\n\n```\n[[Other]] [@s_src000000001]\n```');
    expect(box.querySelectorAll('a, cite')).toHaveLength(0);
    expect(box.textContent).toContain('[[Other]]');
  });

  it('reads indented text as prose, as the link parsers do', () => {
    const box = dom('Para\n\n    indented [[Other]]');
    expect(box.querySelector('pre')).toBeNull();
    expect(box.querySelector('a')?.getAttribute('data-note-id')).toBe('n_other0000001');
  });
});

describe('renderMarkdown: citations', () => {
  it('shows the source title, its Admiralty grade, the locator and the excerpt', () => {
    const box = dom('Flights stopped [@s_src000000001, p. 4, "no flights \\"today\\""].');
    const cite = box.querySelector('cite')!;
    expect(cite.className).toBe('note-citation');
    const link = cite.querySelector('a')!;
    expect(link.textContent).toBe('Tolo News report');
    expect(link.getAttribute('data-source-id')).toBe('s_src000000001');
    expect(link.getAttribute('href')).toBe('#');
    const grade = cite.querySelector('.note-grade')!;
    expect(grade.textContent).toBe('B2');
    expect(grade.getAttribute('title')).toBe('Usually reliable; Probably true');
    expect(cite.textContent).toContain(', p. 4');
    expect(cite.querySelector('q')?.textContent).toBe('no flights "today"');
  });

  it('renders each citation of a group, and a missing source as such', () => {
    const box = dom('[@s_src000000001; @s_gone00000001, § 3]');
    const cites = box.querySelectorAll('cite');
    expect(cites).toHaveLength(2);
    expect(cites[1]!.className).toContain('note-missing');
    expect(cites[1]!.textContent).toBe('Missing source s_gone00000001, § 3');
  });

  it('keeps excerpts with colons and scripts other than Latin', () => {
    const box = dom('[@s_src000000001, "Update: فرودگاه کابل بسته شد"]');
    expect(box.querySelector('q')?.textContent).toBe('Update: فرودگاه کابل بسته شد');
  });
});

describe('renderMarkdown: text direction', () => {
  it('sets dir=auto on blocks so Dari paragraphs read right to left, and code stays left to right', () => {
    const box = dom('# سرحد\n\nفرودگاه کابل [[Other]]\n\n- یک\n- two\n\n> quote\n\n| a | b |\n|---|---|\n| ج | d |\n\n```\ncode\n```');
    for (const sel of ['h1', 'p', 'li', 'blockquote', 'td', 'th']) {
      const els = [...box.querySelectorAll(sel)];
      expect(els.length, sel).toBeGreaterThan(0);
      for (const el of els) expect(el.getAttribute('dir'), sel).toBe('auto');
    }
    expect(box.querySelector('pre')?.getAttribute('dir')).toBe('ltr');
  });

  it('renders GFM: tables, strikethrough, task lists without form controls', () => {
    const box = dom('~~gone~~\n\n- [x] done\n- [ ] todo');
    expect(box.querySelector('del')?.textContent).toBe('gone');
    expect(box.querySelector('input')).toBeNull();
    expect(box.textContent).toContain('☑ done');
    expect(box.textContent).toContain('☐ todo');
  });
});
