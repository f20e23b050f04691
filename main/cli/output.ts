import { CREDIBILITY, RELIABILITY, type Event, type Note, type Source } from '../../shared/model';
import type { Links } from '../../shared/ipc/contract';

export type Print = (text: string) => void;

export const printJson = (print: Print, value: unknown): void => print(JSON.stringify(value, null, 2));

const grade = (s: Pick<Source, 'reliability' | 'credibility'>) => `${s.reliability}${s.credibility}`;
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));

/** Rows as aligned columns; the last column is not padded. */
export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i]!))).join('  ')).join('\n');
}

export function formatNote(n: Note): string {
  const lines = [`# ${n.title}`, `id: ${n.id}`, `updated: ${n.updated}`];
  if (n.tags.length) lines.push(`tags: ${n.tags.join(', ')}`);
  if (n.place) lines.push(`place: ${n.place.name} (${n.place.lat}, ${n.place.lng})`);
  return `${lines.join('\n')}\n\n${n.body}`;
}

export function formatSource(s: Source): string {
  const rows: Array<[string, string | undefined]> = [
    ['id', s.id],
    ['title', s.title],
    ['grade', `${grade(s)} — ${RELIABILITY[s.reliability]}; ${CREDIBILITY[s.credibility]}`],
    ['kind', s.kind],
    ['outlet', s.outlet],
    ['author', s.author],
    ['published', s.publishedAt],
    ['url', s.url],
    ['language', s.language],
    ['tags', s.tags.join(', ') || undefined],
    ['text', `${s.textLength} characters, sha256 ${s.textHash}`],
    ['file', s.original ? `${s.original.fileName} (${s.original.mediaType}, ${s.original.size} bytes, sha256 ${s.original.sha256})` : undefined],
  ];
  return rows.filter(([, v]) => v).map(([k, v]) => `${pad(k + ':', 11)}${v}`).join('\n');
}

export function formatEvent(e: Event): string {
  const count = (n: number | null) => (n === null ? 'not reported' : String(n));
  return [
    `id:         ${e.id}`,
    `title:      ${e.title}`,
    `date:       ${e.date}${e.endDate ? ` – ${e.endDate}` : ''} (${e.datePrecision})`,
    `place:      ${e.location.name} (${e.location.lat}, ${e.location.lng}; ${e.location.precision})`,
    `type:       ${e.eventType} / ${e.subEventType}`,
    `actors:     ${e.actors.join('; ') || '—'}`,
    `fatalities: ${count(e.fatalities)}; injured: ${count(e.injured)}`,
    `sources:    ${e.sourceIds.join(', ') || '—'}`,
    `notes:      ${e.noteIds.join(', ') || '—'}`,
    ...(e.description ? ['', e.description] : []),
  ].join('\n');
}

export function formatLinks(l: Links): string {
  const section = (title: string, items: string[]) => (items.length ? [`${title}:`, ...items.map((i) => `  ${i}`)] : [`${title}: none`]);
  return [
    ...section('Outgoing links', l.outgoing.map((o) => `[[${o.target}]] → ${o.title} (${o.noteId})`)),
    ...section('Backlinks', l.backlinks.map((b) => `${b.title} (${b.noteId}): ${b.context}`)),
    ...section('Unresolved links', l.unresolved.map((u) => `[[${u}]]`)),
    ...section('Unlinked mentions', l.unlinkedMentions.map((m) => `${m.title} (${m.noteId}): ${m.context}`)),
    ...section('Citations', l.citations.map((c) => `${c.source ? `${c.source.title} [${grade(c.source)}]` : `missing source`} (${c.sourceId})${c.locator ? `, ${c.locator}` : ''}${c.excerpt ? `: “${c.excerpt}”` : ''}`)),
    ...section('Cited by', l.citedBy.map((c) => `${c.title} (${c.noteId})`)),
    ...section('Events', l.events.map((e) => `${e.date} ${e.title} (${e.id})`)),
  ].join('\n');
}
