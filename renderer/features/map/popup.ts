import type { Event } from '../../../shared/model';
import { colourOf, describePrecision } from './event-style';

export interface PopupLink {
  id: string;
  title: string;
}

export interface PopupLinks {
  notes: readonly PopupLink[];
  sources: readonly (PopupLink & { grade: string })[];
}

export type OpenItem = (kind: 'event' | 'note' | 'source', id: string) => void;

const countText = (label: string, n: number | null) => `${label} ${n === null ? 'not reported' : n.toLocaleString('en-US')}`;

/**
 * An event's popup, built from DOM nodes with textContent only (ARCHITECTURE §7): whatever an
 * event's title or a note's title holds, it is shown as text and never parsed as HTML.
 */
export function buildEventPopup(doc: Document, event: Event, links: PopupLinks, open: OpenItem): HTMLElement {
  const el = (tag: string, className: string, text?: string) => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (text: string, kind: Parameters<OpenItem>[0], id: string, className = 'link') => {
    const b = el('button', className, text);
    b.setAttribute('type', 'button');
    b.setAttribute('dir', 'auto');
    b.addEventListener('click', () => open(kind, id));
    return b;
  };

  const root = el('div', 'map-popup');
  const title = el('div', 'map-popup-title', event.title);
  title.setAttribute('dir', 'auto');
  const type = el('div', 'map-popup-type');
  const swatch = el('span', 'map-swatch');
  swatch.style.background = colourOf(event.eventType);
  type.append(swatch, doc.createTextNode(`${event.eventType} · ${event.subEventType}`));
  const when = el('div', 'map-popup-meta', event.endDate ? `${event.date} – ${event.endDate}` : event.date);
  const where = el('div', 'map-popup-meta', `${event.location.name} · ${describePrecision(event.location.precision)}`);
  where.setAttribute('dir', 'auto');
  const casualties = el('div', 'map-popup-meta', `${countText('Fatalities', event.fatalities)} · ${countText('injured', event.injured)}`);
  root.append(title, type, when, where, casualties, button('Open event', 'event', event.id, 'map-popup-open'));

  const section = (heading: string, items: HTMLElement[]) => {
    if (items.length === 0) return;
    const box = el('div', 'map-popup-links');
    box.append(el('div', 'map-popup-heading', heading));
    const list = el('ul', '');
    for (const item of items) {
      const li = el('li', '');
      li.append(item);
      list.append(li);
    }
    box.append(list);
    root.append(box);
  };
  section('Notes', links.notes.map((n) => button(n.title, 'note', n.id)));
  section('Sources', links.sources.map((s) => button(`${s.grade} ${s.title}`, 'source', s.id)));
  return root;
}

/** The events of a pile no zoom separates (one town's events), newest first, each a button that opens it. */
export function buildPilePopup(doc: Document, events: readonly Event[], total: number, open: OpenItem): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'map-popup';
  const heading = doc.createElement('div');
  heading.className = 'map-popup-title';
  heading.textContent = `${total.toLocaleString('en-US')} events at this spot`;
  const list = doc.createElement('ul');
  list.className = 'map-popup-links';
  for (const e of [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))) {
    const li = doc.createElement('li');
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.dir = 'auto';
    b.textContent = `${e.date} ${e.title}`;
    b.addEventListener('click', () => open('event', e.id));
    const swatch = doc.createElement('span');
    swatch.className = 'map-swatch';
    swatch.style.background = colourOf(e.eventType);
    li.append(swatch, b);
    list.append(li);
  }
  root.append(heading, list);
  if (total > events.length) {
    const more = doc.createElement('div');
    more.className = 'map-popup-meta';
    more.textContent = `and ${(total - events.length).toLocaleString('en-US')} more: narrow the time range to see them`;
    root.append(more);
  }
  return root;
}
