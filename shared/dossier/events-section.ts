import type { Event } from '../model';
import { eventAnchor, sourceAnchor } from './anchors';
import { coordinates, datePrecisionWords, fatalities } from './format';
import { html, joinHtml, type SafeHtml } from './html';

/** The event table: one row per event, oldest first, with its sources as links to the source list. */
export function eventsSection(events: readonly Event[], sourceNumbers: ReadonlyMap<string, number>, anchor: string): SafeHtml {
  const rows = events.map((e) => {
    const refs = e.sourceIds.flatMap((id) => {
      const n = sourceNumbers.get(id);
      return n === undefined ? [] : [html`<a href="#${sourceAnchor(id)}">S${n}</a>`];
    });
    return html`<tr id="${eventAnchor(e.id)}">
  <td><span class="nowrap">${e.date}</span>${e.endDate && e.endDate !== e.date ? html` – <span class="nowrap">${e.endDate}</span>` : ''}${datePrecisionWords(e.datePrecision) ? html`<br><span class="muted">${datePrecisionWords(e.datePrecision)}</span>` : ''}</td>
  <td dir="auto"><span class="event-title">${e.title}</span><br><span dir="auto">${e.location.name}</span> <span class="muted">(${coordinates(e.location.lat, e.location.lng)}; ${e.location.precision})</span></td>
  <td>${e.eventType}<br><span class="muted">${e.subEventType}</span></td>
  <td dir="auto">${e.actors.join('; ') || '—'}</td>
  <td class="num">${fatalities(e.fatalities)}</td>
  <td>${refs.length ? joinHtml(refs, ', ') : '—'}</td>
</tr>`;
  });
  return html`<section class="events"><h1 id="${anchor}">Events</h1>
<p class="muted">Fatalities as reported; n.r. = not reported. Sources refer to the source list.</p>
<table class="event-table"><thead><tr><th>Date</th><th>Event and place</th><th>Type</th><th>Actors</th><th>Fatalities</th><th>Sources</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
