import { SOURCE_KINDS, type Source } from '../model';
import { sourceAnchor } from './anchors';
import { grade, gradeWords } from './format';
import { html, type SafeHtml } from './html';

/**
 * The source list: what a reader needs to find and weigh each source — outlet, date, the URL as
 * text (a printed link is read, not clicked), the Admiralty grade in letters and words, and the
 * sha256 of the file kept in the notebook, so a copy can be checked against it.
 */
export function sourcesSection(sources: readonly Source[], anchor: string): SafeHtml {
  const items = sources.map((s, i) => {
    const facts: SafeHtml[] = [];
    if (s.outlet) facts.push(html`<span dir="auto">${s.outlet}</span>`);
    if (s.author) facts.push(html`<span dir="auto">${s.author}</span>`);
    if (s.publishedAt) facts.push(html`published ${s.publishedAt.slice(0, 10)}`);
    facts.push(html`${SOURCE_KINDS[s.kind]}`);
    if (s.language) facts.push(html`language ${s.language}`);
    const file = s.original
      ? html`<div class="hash">File <span dir="auto">${s.original.fileName}</span> (${s.original.mediaType}, ${s.original.size} bytes), sha256 <code>${s.original.sha256}</code></div>`
      : '';
    return html`<li id="${sourceAnchor(s.id)}" class="source">
  <div class="source-head"><span class="source-number">S${i + 1}</span> <span class="source-title" dir="auto">${s.title}</span> <span class="grade" title="${gradeWords(s)}">${grade(s)}</span></div>
  <div class="source-facts">${facts.map((f, k) => (k === 0 ? f : html` · ${f}`))}</div>
  <div class="source-grade">Grade ${grade(s)}: ${gradeWords(s)}.</div>
  ${s.url ? html`<div class="url">${s.url}</div>` : ''}
  ${file}
  <div class="hash">Text sha256 <code>${s.textHash}</code></div>
</li>`;
  });
  return html`<section class="sources"><h1 id="${anchor}">Sources</h1><ol class="source-list">${items}</ol></section>`;
}
