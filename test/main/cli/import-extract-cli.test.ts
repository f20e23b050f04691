import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-notebook';
import { acledCsv } from '../core/imports/acled-fixture';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

describe('frontier import (formats, folders) and frontier extract, built CLI', { timeout: 60_000 }, () => {
  const tmp = tempDir();
  const nb = join(tmp.dir, 'nb');
  const folder = join(tmp.dir, 'inbox');

  beforeAll(() => {
    mkdirSync(join(folder, 'reports', '.git'), { recursive: true });
    copyFileSync(join(FIXTURES, 'imports/hostile-article.html'), join(folder, 'imam-sahib.html'));
    copyFileSync(join(FIXTURES, 'sources/kunduz-en.txt'), join(folder, 'reports/kunduz-en.txt'));
    copyFileSync(join(FIXTURES, 'sources/csto-ru.txt'), join(folder, 'reports/csto-ru.txt'));
    writeFileSync(join(folder, 'reports/acled.csv'), acledCsv(120));
    writeFileSync(join(folder, 'reports/broken.pdf'), '%PDF-1.7\nnot a pdf');
    writeFileSync(join(folder, 'reports/notes.docx'), 'PK');
    writeFileSync(join(folder, 'reports/.git/config'), '[core]');
    expect(runCli(nb, ['init', '--title', 'CLI import']).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('imports a folder recursively with progress on stderr, reporting the bad file and going on', () => {
    const r = runCli(nb, ['import', folder]);
    expect(r.code).toBe(1); // broken.pdf failed
    expect(r.stdout).toMatch(/imported {2}s_\w+ {2}Clashes reported near Imam Sahib/);
    expect(r.stdout).toMatch(/imported {2}s_\w+ {2}ACLED export acled\.csv \(120 events\) {2}\(\+5 sources, 120 events\)/);
    expect(r.stderr).toContain('[1/5] ');
    expect(r.stderr).toContain('[5/5] ');
    expect(r.stderr).toMatch(/broken\.pdf: broken\.pdf is not a readable PDF/);
    expect(r.stderr).toContain('4 imported (8 sources, 120 events), 0 already imported, 1 failed, 1 other files skipped.');
    expect(runCli(nb, ['--json', 'event', 'list']).json<unknown[]>()).toHaveLength(120);

    const again = runCli(nb, ['import', folder]);
    expect(again.stderr).toContain('0 imported (0 sources, 0 events), 4 already imported, 1 failed');
    expect(runCli(nb, ['--json', 'source', 'list']).json<unknown[]>()).toHaveLength(8);
  });

  it('prints the issue\'s JSON shape for `extract SOURCE --json`, dates as YYYY-MM-DD', () => {
    const sources = runCli(nb, ['--json', 'source', 'list']).json<Array<{ id: string; title: string }>>();
    const id = sources.find((s) => s.title === 'Clashes reported near Imam Sahib')!.id;
    const r = runCli(nb, ['extract', id, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const x = r.json<Record<string, Array<Record<string, unknown>>>>();
    expect(Object.keys(x)).toEqual(['places', 'dates', 'people', 'organizations', 'events']);
    for (const p of x['places']!) expect(Object.keys(p)).toEqual(['name', 'lat', 'lng', 'kind', 'confidence']);
    for (const d of x['dates']!) {
      expect(Object.keys(d)).toEqual(['text', 'date']);
      expect(d['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(x['dates']).toContainEqual({ text: 'on Thursday, 7 October', date: '2021-10-07' });
    expect(x['places']!.map((p) => p['name'])).toEqual(expect.arrayContaining(['Imām Şāḩib', 'Sherkhan Bandar', 'Panji Poyon']));
    expect(x['events']).toEqual([
      {
        date: '2021-10-07',
        place: 'Imām Şāḩib',
        lat: expect.any(Number),
        lng: expect.any(Number),
        type: 'Battles',
        actors: ['Taliban', 'Tajik Border Troops'].slice(0, 1),
        fatalities: 5,
        injured: 2,
        sentence: expect.stringContaining('Fighting broke out on Thursday, 7 October'),
        // A dated, placed clash, told once: the scorer ranks it likely.
        confidence: expect.any(Number),
        likely: true,
      },
    ]);
    // By title, human-readable.
    const text = runCli(nb, ['extract', 'Учения ОДКБ у таджикско-афганской границы']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Harbmaidon');
    expect(text.stdout).toContain('Emomali Rahmon');
    expect(readFileSync(join(nb, 'notebook.json'), 'utf8')).not.toContain('Harbmaidon'); // extraction stores nothing
  });
});
