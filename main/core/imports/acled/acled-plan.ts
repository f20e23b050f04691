import { Event, type OriginalFile, type Source } from '../../../../shared/model';
import { FrontierError } from '../../../../shared/ipc/errors';
import { sourceFields, type ImportOptions, type ImportPlan, type PlannedSource } from '../import-plan';
import { ACLED_ID_LINE } from './acled-fields';
import type { AcledRow } from './acled-rows';

export interface AcledPlanInput {
  rows: AcledRow[];
  fileName: string;
  original: OriginalFile;
  options: ImportOptions;
  now: Date;
  newId: (kind: 'source' | 'event') => string;
  /** Events already in the notebook, to skip rows imported from an earlier, overlapping export. */
  existingEvents: Iterable<Event>;
  sourceOf: (id: string) => Source | undefined;
}

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** The export as a whole, as a source: what it covers, so the analyst can grade ACLED itself. */
function datasetText(rows: AcledRow[], fileName: string): string {
  const dates = rows.map((r) => r.date).sort();
  const byType = new Map<string, number>();
  for (const r of rows) byType.set(r.eventType, (byType.get(r.eventType) ?? 0) + 1);
  const countries = [...new Set(rows.map((r) => r.country).filter(Boolean))].sort();
  return [
    `ACLED export ${fileName}: ${count(rows.length, 'event')} from ${dates[0]} to ${dates[dates.length - 1]}.`,
    countries.length ? `Countries: ${countries.join(', ')}.` : '',
    [...byType].map(([type, n]) => `${type}: ${n.toLocaleString('en-US')}`).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** One outlet's reports as ACLED summarised them: one paragraph per event, with ACLED's notes. */
function outletText(outlet: string, rows: AcledRow[], fileName: string): string {
  const paragraphs = rows.map((r) =>
    [`${r.date}${r.acledId ? ` · ${r.acledId}` : ''} · ${r.location.name} · ${r.eventType} / ${r.subEventType}${r.fatalities ? ` · ${r.fatalities} killed` : ''}`, r.notes]
      .filter(Boolean)
      .join('\n'),
  );
  return [`Reports by ${outlet} cited in the ACLED export ${fileName} (${count(rows.length, 'event')}).`, ...paragraphs].join('\n\n');
}

function eventTitle(r: AcledRow): string {
  const place = r.location.name.split(',')[0];
  return `${r.subEventType} in ${place}`;
}

/**
 * An ACLED export becomes: one source for the export (holding the original file), one source per
 * outlet named in the `source` column (its text lists the notes of the rows it reported), and one
 * event per row, linked to both. Rows whose ACLED id is already in the notebook are skipped.
 */
export function planAcledImport(input: AcledPlanInput): ImportPlan {
  const { rows, fileName, original, options, now, newId } = input;
  const known = new Map<string, Event>();
  for (const e of input.existingEvents) {
    const id = ACLED_ID_LINE.exec(e.description)?.[1];
    if (id) known.set(id, e);
  }
  const seen = new Set<string>();
  const fresh = rows.filter((r) => {
    if (!r.acledId) return true;
    if (known.has(r.acledId) || seen.has(r.acledId)) return false;
    seen.add(r.acledId);
    return true;
  });
  if (fresh.length === 0) {
    const firstKnown = rows.map((r) => r.acledId && known.get(r.acledId)).find(Boolean);
    const existing = firstKnown ? firstKnown.sourceIds.map((id) => input.sourceOf(id)).find(Boolean) : undefined;
    if (!existing) throw new FrontierError('CONFLICT', `Every event in ${fileName} is already in the notebook.`);
    return { sources: [], events: [], existing };
  }

  const dataset: PlannedSource = {
    fields: sourceFields({
      id: newId('source'),
      title: options.title ?? `ACLED export ${fileName} (${count(fresh.length, 'event')})`,
      meta: { outlet: 'ACLED', url: 'https://acleddata.com/' },
      options,
      original,
      now,
      defaultKind: 'ngo-report',
      extraTags: ['acled'],
    }),
    text: datasetText(fresh, fileName),
  };

  const byOutlet = new Map<string, AcledRow[]>();
  for (const r of fresh) {
    for (const o of r.outlets) {
      const list = byOutlet.get(o);
      if (list) list.push(r);
      else byOutlet.set(o, [r]);
    }
  }
  const outletIds = new Map<string, string>();
  const outletSources: PlannedSource[] = [...byOutlet].map(([outlet, outletRows]) => {
    const id = newId('source');
    outletIds.set(outlet, id);
    return {
      fields: sourceFields({
        id,
        title: `${outlet} — reports in ACLED export ${fileName}`,
        meta: { outlet },
        options: { ...options, title: undefined },
        original,
        now,
        defaultKind: 'news-report',
        extraTags: ['acled'],
      }),
      text: outletText(outlet, outletRows, fileName),
    };
  });

  const stamp = now.toISOString();
  const events = fresh.map((r) => {
    const parsed = Event.safeParse({
      id: newId('event'),
      title: eventTitle(r),
      description: [r.acledId ? `ACLED event ${r.acledId}` : '', r.notes].filter(Boolean).join('\n\n'),
      date: r.date,
      datePrecision: r.datePrecision,
      location: r.location,
      eventType: r.eventType,
      subEventType: r.subEventType,
      actors: r.actors,
      fatalities: r.fatalities,
      injured: null,
      sourceIds: [dataset.fields.id, ...r.outlets.map((o) => outletIds.get(o)!)],
      noteIds: [],
      tags: ['acled'],
      created: stamp,
      updated: stamp,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FrontierError('INVALID_INPUT', `${fileName} row ${r.line}: ${issue?.path.join('.')}: ${issue?.message}. Nothing was changed.`);
    }
    return parsed.data;
  });
  return { sources: [dataset, ...outletSources], events };
}
