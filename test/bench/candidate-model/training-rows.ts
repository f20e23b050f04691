import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidateFeatures, type CandidateView } from '../../../main/core/extract/events/candidate-features';
import { findMentions } from '../../../main/core/extract/extract-text';
import { rightEvents, type Gold } from '../extract-score';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/extract');

export interface TrainingRow {
  set: string;
  file: string;
  features: number[];
  /** The candidate has the right date and place (as the bench scores it). */
  right: boolean;
}

interface FirstRun {
  set: string;
  commit: string;
  reports: Array<{ file: string; events: Array<CandidateView & { lat: number | null; lng: number | null }> }>;
}

/**
 * The candidate scorer's rows: every candidate of every first run (first-runs/*.json) on a set that
 * is now in the development set, with its features computed by today's code and its label from the
 * set's annotations. A set still held out gives none, so that it stays unseen by the scorer too.
 */
export function trainingRows(fixtures = FIXTURES): { rows: TrainingRow[]; annotated: Map<string, number> } {
  const rows: TrainingRow[] = [];
  const annotated = new Map<string, number>();
  const dir = join(fixtures, 'first-runs');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const run = JSON.parse(readFileSync(join(dir, name), 'utf8')) as FirstRun;
    if (!run.reports.every((r) => existsSync(join(fixtures, r.file)))) continue;
    for (const report of run.reports) {
      const text = readFileSync(join(fixtures, report.file), 'utf8');
      const gold = JSON.parse(readFileSync(join(fixtures, report.file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
      annotated.set(run.set, (annotated.get(run.set) ?? 0) + gold.events.length);
      const { dates, places } = findMentions(text, gold.publishedAt);
      const right = rightEvents(report.events, gold);
      report.events.forEach((c, i) => {
        if (c.end > text.length) throw new Error(`${name}: a candidate of ${report.file} ends past the text; was the report edited after its first run?`);
        rows.push({ set: run.set, file: report.file, features: candidateFeatures(c, i, { text, referenceDate: gold.publishedAt, dates, places, candidates: report.events }), right: right[i]! });
      });
    }
  }
  return { rows, annotated };
}
