import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/ipc/contract';
import type { Note, Source } from '../../../shared/model';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-notebook';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/sources', name);

describe('frontier search (built CLI) with the query language', () => {
  const tmp = tempDir();
  const nb = join(tmp.dir, 'notebook');
  const cli = (...args: string[]) => runCli(nb, args);
  const ids = (...args: string[]) => {
    const r = cli('--json', 'search', ...args);
    expect(r.code, r.stderr).toBe(0);
    return r.json<SearchHit[]>().map((h) => h.id).sort();
  };
  let src: Record<string, Source>;
  let note: Note;
  afterAll(() => tmp.cleanup());

  beforeAll(() => {
    expect(cli('init', '--title', 'Search').code).toBe(0);
    const imported = cli('--json', 'import', fixture('kunduz-en.txt'), fixture('csto-ru.txt'), fixture('kunduz-fa.txt'));
    src = Object.fromEntries(imported.json<Array<{ source: Source }>>().map((x) => [x.source.language!, x.source]));
    expect(cli('source', 'grade', src['en']!.id, 'B2').code).toBe(0);
    expect(cli('source', 'grade', src['ru']!.id, 'D3').code).toBe(0);
    note = cli('--json', 'note', 'add', '--title', 'Khanabad follow-up', '--body', 'Who claimed the suicide bombing?', '--tag', 'border/panj').json<Note>();
  });

  it('prints ranked hits with the matched words marked, and the counts', () => {
    const r = cli('search', 'kunduz');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^source\s+s_\S+\s+Suicide bombing at a Shia mosque in «Kunduz»/m);
    expect(r.stdout).toMatch(/0 notes, 2 sources, 0 events match\.$/m);
    expect(cli('search', 'nothing-here-at-all').stdout.trim()).toBe('No results.');
  });

  it('finds across scripts and aliases: Кундуз finds کندز and Kunduz; ISIS finds the Islamic State and دولت اسلامی', () => {
    expect(ids('Кундуз')).toEqual([src['en']!.id, src['fa']!.id].sort());
    expect(ids('ISIS')).toEqual([src['en']!.id, src['fa']!.id].sort());
    expect(ids('Rakhmon')).toEqual([src['ru']!.id]);
  });

  it('reads phrases, quoted or as one shell word, exclusions as -word, and typos', () => {
    expect(ids('"suicide bomber"')).toEqual([src['en']!.id]);
    expect(ids('suicide bomber')).toEqual([src['en']!.id]);
    expect(ids('suicide bombing')).toEqual([note.id, src['en']!.id].sort());
    expect(ids('suicide', '-khanabad')).toEqual([]);
    expect(ids('suicide', '-worshippers')).toEqual([note.id]);
    expect(ids('worshipers')).toEqual([src['en']!.id]);
  });

  it('filters by type, tag, grade and date', () => {
    expect(ids('suicide', 'type:note')).toEqual([note.id]);
    expect(ids('tag:border')).toEqual([note.id]);
    expect(ids('grade:A-C')).toEqual([src['en']!.id]);
    expect(ids('from:2021-10-01', 'to:2021-10-10')).toEqual([src['en']!.id, src['fa']!.id].sort());
    expect(ids('from:2021-10', 'type:source', '--limit', '1')).toHaveLength(1);
  });

  it('says on stderr what it left out, and keeps the index cache in the notebook', () => {
    const r = cli('search', 'kunduz', 'grade:Z');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/frontier: grade:Z: a grade is a reliability letter or range/);
    expect(existsSync(join(nb, 'index', 'search.idx'))).toBe(true);
    expect(cli('search', '--help').stdout).toMatch(/grade:A-B\s+sources graded A to B/);
  });
});
