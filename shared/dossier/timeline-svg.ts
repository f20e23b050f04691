import type { Event } from '../model';
import { EVENT_COLOURS } from '../geo/event-colours';
import { escapeHtml } from './html';

/**
 * The timeline figure: one dot per event on a time axis, coloured by ACLED type, stacked where
 * events fall close together, with a bar to the end date when an event spans days. Pure; dates
 * are calendar dates, read as UTC days so no time zone can shift them.
 */

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const n1 = (v: number) => v.toFixed(1);

interface Tick {
  day: number;
  label: string;
}

/** Ticks at weeks, months or years, whichever gives a readable number of labels over the span. */
export function timeTicks(fromDay: number, toDay: number, maxLabels = 10): Tick[] {
  const span = toDay - fromDay;
  const ticks: Tick[] = [];
  if (span <= 70) {
    const start = new Date(fromDay * DAY);
    // Mondays.
    let d = fromDay + ((8 - start.getUTCDay()) % 7);
    const step = Math.max(7, Math.ceil(span / maxLabels / 7) * 7);
    for (; d <= toDay; d += step) {
      const date = new Date(d * DAY);
      ticks.push({ day: d, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
    }
    return ticks;
  }
  const from = new Date(fromDay * DAY);
  const to = new Date(toDay * DAY);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (months <= maxLabels * 6) {
    const step = [1, 2, 3, 6].find((s) => months / s <= maxLabels) ?? 6;
    let y = from.getUTCFullYear();
    let m = from.getUTCMonth() + 1;
    for (;;) {
      if (m > 11) {
        y += Math.floor(m / 12);
        m %= 12;
      }
      const d = Date.UTC(y, m, 1) / DAY;
      if (d > toDay) break;
      if (m % step === 0) ticks.push({ day: d, label: m === 0 || ticks.length === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m]! });
      m++;
    }
    return ticks;
  }
  const years = to.getUTCFullYear() - from.getUTCFullYear();
  const step = Math.max(1, Math.ceil(years / maxLabels));
  for (let y = from.getUTCFullYear() + 1; y <= to.getUTCFullYear(); y++) {
    if (y % step === 0) ticks.push({ day: Date.UTC(y, 0, 1) / DAY, label: String(y) });
  }
  return ticks;
}

export function drawTimeline(events: readonly Event[], width = 660): string {
  if (events.length === 0) return '';
  const left = 20;
  const right = width - 20;
  const days = events.flatMap((e) => [dayOf(e.date), dayOf(e.endDate ?? e.date)]);
  let from = Math.min(...days);
  let to = Math.max(...days);
  const minSpan = 14;
  if (to - from < minSpan) {
    const mid = (from + to) / 2;
    from = mid - minSpan / 2;
    to = mid + minSpan / 2;
  }
  const pad = (to - from) * 0.03;
  from -= pad;
  to += pad;
  const x = (day: number) => left + ((day - from) / (to - from)) * (right - left);

  // Stack events that fall in the same 6-pixel column, in date order.
  const column = new Map<number, number>();
  const placed = events.map((e) => {
    const cx = x(dayOf(e.date));
    const key = Math.round(cx / 6);
    const level = column.get(key) ?? 0;
    column.set(key, level + 1);
    return { e, cx, level };
  });
  const maxLevel = Math.max(...placed.map((p) => p.level)) + 1;
  const step = Math.max(2.5, Math.min(9, 180 / maxLevel));
  const radius = Math.min(3.6, step / 2);
  const axisY = 16 + maxLevel * step + 6;
  const height = axisY + 28;

  const parts: string[] = [];
  parts.push(`<line class="tl-axis" x1="${left}" y1="${n1(axisY)}" x2="${right}" y2="${n1(axisY)}"/>`);
  for (const t of timeTicks(from, to)) {
    const tx = x(t.day);
    if (tx < left || tx > right) continue;
    parts.push(`<line class="tl-tick" x1="${n1(tx)}" y1="${n1(axisY)}" x2="${n1(tx)}" y2="${n1(axisY + 5)}"/>`);
    parts.push(`<line class="tl-grid" x1="${n1(tx)}" y1="10" x2="${n1(tx)}" y2="${n1(axisY)}"/>`);
    parts.push(`<text class="tl-label" x="${n1(tx)}" y="${n1(axisY + 17)}" text-anchor="middle">${escapeHtml(t.label)}</text>`);
  }
  for (const { e, cx, level } of placed) {
    const cy = axisY - 8 - level * step;
    if (e.endDate && e.endDate !== e.date) {
      parts.push(`<line class="tl-span" x1="${n1(cx)}" y1="${n1(cy)}" x2="${n1(x(dayOf(e.endDate)))}" y2="${n1(cy)}" stroke="${EVENT_COLOURS[e.eventType]}"/>`);
    }
    parts.push(`<circle class="tl-event" cx="${n1(cx)}" cy="${n1(cy)}" r="${n1(radius)}" fill="${EVENT_COLOURS[e.eventType]}"/>`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${width} ${n1(height)}" width="${width}" height="${n1(height)}" role="img" aria-label="Timeline of the dossier's events">` +
    parts.join('') +
    '</svg>'
  );
}
