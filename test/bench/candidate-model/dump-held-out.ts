/**
 * Run by record-first-runs.ts inside a worktree of an earlier commit: that commit's extraction on
 * that commit's held-out reports, as JSON on stdout. Only the fields every version has are kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2]!;
const { toExtraction } = (await import(join(root, 'main/core/extract/index.ts'))) as typeof import('../../../main/core/extract');
const { extractFromText } = (await import(join(root, 'main/core/extract/extract-text.ts'))) as typeof import('../../../main/core/extract/extract-text');
const dir = join(root, 'test/fixtures/extract/held-out');
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const { publishedAt } = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as { publishedAt: string };
    const events = toExtraction('s_000000000000', extractFromText(text, publishedAt)).events.map((e) => ({
      date: e.date,
      datePrecision: e.datePrecision,
      place: e.place,
      lat: e.lat,
      lng: e.lng,
      geoPrecision: e.geoPrecision,
      type: e.type,
      subType: e.subType,
      actors: e.actors,
      fatalities: e.fatalities,
      injured: e.injured,
      start: e.start,
      end: e.end,
    }));
    return { file, events };
  });
process.stdout.write(JSON.stringify(reports));
