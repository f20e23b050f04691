import type { Command } from 'commander';
import type { Extraction } from '../../../shared/model';
import { printJson, table, type Print } from '../output';
import { resolveItem } from '../resolve-item';
import { withNotebook, type GlobalOptions } from '../session';

/**
 * The shape `frontier extract --json` prints (issue 7): the contract's Extraction without the
 * offsets and bookkeeping that only the source reader needs.
 */
export function extractionJson(x: Extraction) {
  return {
    places: x.places.map((p) => ({ name: p.name, lat: p.lat, lng: p.lng, kind: p.kind, confidence: p.confidence })),
    dates: x.dates.map((d) => ({ text: d.text, date: d.date })),
    people: x.people.map((p) => ({ name: p.name, spellings: p.spellings })),
    organizations: x.organizations.map((o) => ({ name: o.name, spellings: o.spellings })),
    events: x.events.map((e) => ({
      date: e.date,
      place: e.place,
      lat: e.lat,
      lng: e.lng,
      type: e.type,
      actors: e.actors,
      fatalities: e.fatalities,
      injured: e.injured,
      sentence: e.sentence,
      confidence: e.confidence,
      likely: e.likely,
    })),
  };
}

function formatExtraction(x: Extraction): string {
  const count = (n: number | null) => (n === null ? '–' : String(n));
  const section = (title: string, rows: string[][]) => (rows.length ? `${title}:\n${table(rows).replace(/^/gm, '  ')}` : `${title}: none`);
  return [
    `Dates resolved against ${x.referenceDate}.`,
    section('Places', x.places.map((p) => [p.name, p.kind, `${p.lat.toFixed(4)}, ${p.lng.toFixed(4)}`, p.confidence.toFixed(2)])),
    section('Dates', x.dates.map((d) => [d.date, d.text])),
    section('People', x.people.map((p) => [p.name, p.spellings.join(', ')])),
    section('Organisations', x.organizations.map((o) => [o.name, o.spellings.join(', ')])),
    section('Event candidates (% likely; "less likely" as the model scores them)', x.events.map((e) => [`${Math.round(e.confidence * 100)}%${e.likely ? '' : ' less likely'}`, e.date, e.place ?? '?', `${e.type} / ${e.subType}`, `killed ${count(e.fatalities)}, injured ${count(e.injured)}`, e.sentence.length > 80 ? `${e.sentence.slice(0, 79)}…` : e.sentence])),
  ].join('\n\n');
}

export function registerExtractCommands(program: Command, print: Print): void {
  program
    .command('extract <source>')
    .description('places, dates, people, organisations and event candidates in a source (by id or title), offline')
    .action(async (ref: string, _o: unknown, cmd: Command) =>
      withNotebook(
        cmd.optsWithGlobals<GlobalOptions>(),
        async (s) => {
          const x = await s.call('sources.extract', { id: resolveItem(s, 'sources', ref) });
          if (cmd.optsWithGlobals<GlobalOptions>().json) printJson(print, extractionJson(x));
          else print(formatExtraction(x));
        },
        true,
      ),
    );
}
