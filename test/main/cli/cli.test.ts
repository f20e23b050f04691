import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Links } from '../../../shared/ipc/contract';
import type { Event, Note, Source } from '../../../shared/model';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-notebook';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/sources', name);

describe('frontier CLI (built, as a subprocess)', () => {
  const tmp = tempDir();
  const nb = join(tmp.dir, 'notebook');
  const cli = (...args: string[]) => runCli(nb, args);
  afterAll(() => tmp.cleanup());

  let sources: Record<string, Source>;
  let kunduz: Note;
  let iskp: Note;

  beforeAll(() => {
    expect(cli('init', '--title', 'Northern Afghanistan').code).toBe(0);
  });

  it('refuses to init over an existing notebook', () => {
    const r = cli('init');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already holds a notebook/);
  });

  it('imports UTF-8 texts in English, Russian and Dari, and recognises a re-import', () => {
    const r = cli('--json', 'import', fixture('kunduz-en.txt'), fixture('csto-ru.txt'), fixture('kunduz-fa.txt'));
    expect(r.code, r.stderr).toBe(0);
    const results = r.json<Array<{ source: Source; duplicate: boolean }>>();
    expect(results.map((x) => [x.source.title, x.source.publishedAt, x.source.language, x.duplicate])).toEqual([
      ['Suicide bombing at a Shia mosque in Kunduz', '2021-10-08', 'en', false],
      ['Учения ОДКБ у таджикско-афганской границы', '2021-10-18', 'ru', false],
      ['انفجار انتحاری در مسجد شیعیان کندز', '2021-10-08', 'fa', false],
    ]);
    sources = Object.fromEntries(results.map((x) => [x.source.language!, x.source]));
    const again = cli('import', fixture('kunduz-en.txt'));
    expect(again.stdout).toMatch(/^already imported\s+s_/);
    expect(cli('--json', 'source', 'list').json<Source[]>()).toHaveLength(3);
    const text = cli('--json', 'source', 'show', sources['fa']!.id, '--text').json<{ text: string }>();
    expect(text.text).toBe(readFileSync(fixture('kunduz-fa.txt'), 'utf8'));
  });

  it('grades a source with an Admiralty grade and refuses a wrong one', () => {
    const r = cli('--json', 'source', 'grade', sources['en']!.id, 'B2');
    expect(r.json<Source>()).toMatchObject({ reliability: 'B', credibility: 2 });
    const bad = cli('source', 'grade', sources['en']!.id, 'G7');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not an Admiralty grade/);
    expect(cli('source', 'show', sources['en']!.id).stdout).toMatch(/grade:\s+B2 — Usually reliable; Probably true/);
  });

  it('adds notes that link to each other and cite sources, and shows backlinks', () => {
    kunduz = cli('--json', 'note', 'add', '--title', 'Kunduz mosque bombing', '--tag', 'iskp', '--body', `Claimed by [[ISKP]]. [@${sources['en']!.id}, p. 1, "at least 46 people were killed"]`).json<Note>();
    iskp = runCli(nb, ['--json', 'note', 'add', '--title', 'ISKP', '--body-file', '-'], 'Islamic State Khorasan Province. See [[Kunduz mosque bombing|Kunduz]].').json<Note>();
    expect(iskp.body).toContain('[[Kunduz mosque bombing|Kunduz]]');

    const links = cli('--json', 'links', 'ISKP').json<Links>();
    expect(links.backlinks.map((b) => b.noteId)).toEqual([kunduz.id]);
    expect(links.outgoing.map((o) => o.noteId)).toEqual([kunduz.id]);
    const kLinks = cli('--json', 'links', kunduz.id).json<Links>();
    expect(kLinks.citations[0]).toMatchObject({ sourceId: sources['en']!.id, locator: 'p. 1', excerpt: 'at least 46 people were killed', source: { reliability: 'B', credibility: 2 } });
    const human = cli('links', 'ISKP').stdout;
    expect(human).toMatch(/Backlinks:\n {2}Kunduz mosque bombing \(n_/);

    const list = cli('note', 'list', '--sort', 'title').stdout.trim().split('\n');
    expect(list.map((l) => l.split(/\s{2,}/)[2])).toEqual(['ISKP', 'Kunduz mosque bombing']);
    expect(cli('--json', 'note', 'list', '--tag', 'ISKP').json<Note[]>().map((n) => n.id)).toEqual([kunduz.id]);
  });

  it('renames a note and the links to it follow', () => {
    const r = cli('note', 'edit', 'Kunduz mosque bombing', '--title', 'Khanabad mosque bombing');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Links updated in 1 note/);
    const body = cli('--json', 'note', 'show', iskp.id).json<Note>().body;
    expect(body).toBe('Islamic State Khorasan Province. See [[Khanabad mosque bombing|Kunduz]].');
    expect(cli('--json', 'links', 'ISKP').json<Links>().unresolved).toEqual([]);
  });

  it('records events with the ACLED taxonomy and lists, shows and removes them', () => {
    const add = cli('--json', 'event', 'add', '--title', 'Khanabad mosque bombing', '--date', '2021-10-08', '--place', 'Khanabad, Kunduz', '--lat', '36.68', '--lng', '69.11', '--geo-precision', 'near', '--type', 'explosions/remote violence', '--sub-type', 'suicide bomb', '--actor', 'ISKP', '--fatalities', '46', '--injured', '140', '--source', sources['en']!.id, '--note', 'ISKP');
    expect(add.code, add.stderr).toBe(0);
    const e = add.json<Event>();
    expect(e).toMatchObject({ eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb', fatalities: 46, injured: 140, noteIds: [iskp.id] });
    const badType = cli('event', 'add', '--title', 'x', '--date', '2021-10-08', '--place', 'x', '--lat', '1', '--lng', '1', '--type', 'Battles', '--sub-type', 'Suicide bomb');
    expect(badType.code).toBe(1);
    expect(badType.stderr).toMatch(/not a sub-event type of Battles/);
    expect(cli('event', 'show', e.id).stdout).toMatch(/fatalities: 46; injured: 140/);
    expect(cli('--json', 'event', 'list').json<Event[]>()).toHaveLength(1);
    expect(cli('event', 'rm', e.id).code).toBe(0);
    expect(cli('--json', 'event', 'list').json<Event[]>()).toHaveLength(0);
  });

  it('searches across scripts', () => {
    const hits = cli('--json', 'search', 'ОДКБ').json<Array<{ id: string }>>();
    expect(hits.map((h) => h.id)).toEqual([sources['ru']!.id]);
    expect(cli('search', 'nothing-matches-this').stdout.trim()).toBe('No results.');
  });

  it('verifies, backs up and restores', () => {
    const v = cli('--json', 'verify');
    expect(v.code, v.stdout).toBe(0);
    expect(v.json<{ ok: boolean; counts: { notes: number } }>()).toMatchObject({ ok: true, counts: { notes: 2, sources: 3 } });
    const b = cli('--json', 'backup');
    expect(b.code, b.stderr).toBe(0);
    // Damage the notebook, see the clear error, restore.
    writeFileSync(join(nb, 'notebook.json'), '{"schemaVersion":1,"me');
    const broken = cli('info');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(join(nb, 'notebook.json'));
    expect(broken.stderr).toMatch(/newest good backup is .*backups\/notebook-.*\.json/);
    expect(broken.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
    expect(cli('verify').code).toBe(1);
    const restored = cli('restore');
    expect(restored.code, restored.stderr).toBe(0);
    expect(cli('--json', 'info').json<{ counts: { notes: number } }>().counts).toEqual({ notes: 2, sources: 3, events: 0 });
  });

  it('reports errors on stderr with exit 1, usage errors with exit 2, stacks only with --debug', () => {
    const missing = cli('note', 'show', 'No such note');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('frontier: No note with id or title "No such note".\n');
    expect(cli('note', 'frobnicate').code).toBe(2);
    expect(cli('--json', 'note', 'add').code).toBe(2); // --title is required
    const noNotebook = runCli(join(tmp.dir, 'nowhere'), ['info']);
    expect(noNotebook.code).toBe(1);
    expect(noNotebook.stderr).toMatch(/There is no notebook in .*nowhere.*frontier init/);
    const debug = runCli(join(tmp.dir, 'nowhere'), ['--debug', 'info']);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
