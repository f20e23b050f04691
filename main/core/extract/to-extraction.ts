import type { Extraction, ExtractedActor, ExtractedPlace, Highlight } from '../../../shared/model';
import type { ActorMention } from './actors/find-actors';
import type { TextExtraction } from './extract-text';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Mentions of one actor become one entry: its name, the spellings used, how often. */
function actorsOf(mentions: ActorMention[], kind: ActorMention['kind']): ExtractedActor[] {
  const byName = new Map<string, ExtractedActor>();
  for (const m of mentions.filter((a) => a.kind === kind)) {
    const entry = byName.get(m.name) ?? { name: m.name, spellings: [], mentions: 0 };
    entry.mentions++;
    const spelling = collapse(m.text);
    if (!entry.spellings.includes(spelling)) entry.spellings.push(spelling);
    byName.set(m.name, entry);
  }
  return [...byName.values()];
}

/** The mentions of a text as the contract's Extraction: one entry per place, date and actor, and highlights. */
export function toExtraction(sourceId: string, x: TextExtraction): Extraction {
  const places = new Map<string, ExtractedPlace>();
  for (const p of x.places) {
    const key = `${p.kind}:${p.name}:${p.country}`;
    const seen = places.get(key);
    if (seen) {
      seen.mentions++;
      seen.confidence = Math.max(seen.confidence, p.confidence);
    } else places.set(key, { name: p.name, lat: p.lat, lng: p.lng, kind: p.kind, confidence: p.confidence, country: p.country, mentions: 1 });
  }
  const dates = new Map<string, Extraction['dates'][number]>();
  for (const d of x.dates) {
    const text = collapse(d.text);
    if (!dates.has(`${text}|${d.date}`)) dates.set(`${text}|${d.date}`, { text, date: d.date, precision: d.precision });
  }
  const highlights: Highlight[] = [
    ...x.places.map((p): Highlight => ({ start: p.start, end: p.end, kind: 'place', label: p.name })),
    ...x.dates.map((d): Highlight => ({ start: d.start, end: d.end, kind: 'date', label: d.date })),
    ...x.actors.map((a): Highlight => ({ start: a.start, end: a.end, kind: a.kind, label: a.name })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping highlights (a place inside an organisation's name) keep the first, longer one.
  const flat = highlights.filter((h, i) => !highlights.slice(0, i).some((g) => h.start < g.end && h.end > g.start));
  return {
    sourceId,
    referenceDate: x.referenceDate,
    places: [...places.values()],
    dates: [...dates.values()],
    people: actorsOf(x.actors, 'person'),
    organizations: actorsOf(x.actors, 'organization'),
    events: x.events.map((e) => ({
      date: e.date,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      datePrecision: e.datePrecision,
      place: e.place?.name ?? null,
      lat: e.place?.lat ?? null,
      lng: e.place?.lng ?? null,
      geoPrecision: e.geoPrecision ?? null,
      type: e.eventType,
      subType: e.subEventType,
      actors: e.actors,
      fatalities: e.fatalities,
      injured: e.injured,
      sentence: collapse(e.sentence),
      start: e.start,
      end: e.end,
      confidence: e.confidence,
      likely: e.likely,
    })),
    highlights: flat,
  };
}
