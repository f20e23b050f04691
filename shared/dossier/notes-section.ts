import type { Event, Note } from '../model';
import { eventAnchor, noteAnchor } from './anchors';
import { coordinates } from './format';
import { html, type SafeHtml } from './html';

/** One note as printed: its title (a bookmark), what it is tagged and linked to, and its rendered body. */
export function noteArticle(note: Note, body: SafeHtml, events: readonly Event[]): SafeHtml {
  const meta: SafeHtml[] = [];
  if (note.tags.length) meta.push(html`${note.tags.map((t) => `#${t}`).join(' ')}`);
  meta.push(html`updated ${note.updated.slice(0, 10)}`);
  if (note.place) meta.push(html`<span dir="auto">${note.place.name}</span> (${coordinates(note.place.lat, note.place.lng)})`);
  const linked = events.length
    ? html`<p class="note-events">Events: ${events.map((e, i) => html`${i ? '; ' : ''}<a href="#${eventAnchor(e.id)}">${e.date} <span dir="auto">${e.title}</span></a>`)}</p>`
    : '';
  return html`<article class="note">
<h2 id="${noteAnchor(note.id)}" dir="auto">${note.title}</h2>
<p class="note-meta">${meta.map((m, i) => (i ? html` · ${m}` : m))}</p>
${linked}
<div class="note-body">${body}</div>
</article>`;
}
