import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/model';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-notebook';

interface Info {
  meta: { title: string };
  counts: { notes: number; sources: number; events: number };
}

describe('frontier init --sample (built, as a subprocess)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('creates a notebook filled with the sample, which verify accepts', () => {
    const nb = join(tmp.dir, 'sample');
    const r = runCli(nb, ['init', '--sample', '--title', 'Try-out']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Created notebook "Try-out" in .* with the sample: 6 notes, 3 sources, 12 events/);

    const info = runCli(nb, ['--json', 'info']).json<Info>();
    expect(info.meta.title).toBe('Try-out');
    expect(info.counts).toEqual({ notes: 6, sources: 3, events: 12 });

    const verify = runCli(nb, ['verify']);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/6 notes, 3 sources, 12 events/);
    expect(verify.stdout).toMatch(/OK\s*$/);

    // The sample is an ordinary notebook: its notes are found by title, and links work.
    const note = runCli(nb, ['--json', 'note', 'show', 'Shir Khan Bandar crossing']).json<Note>();
    expect(note.body).toContain('[[Panji Poyon customs post]]');
    const links = runCli(nb, ['links', 'Shir Khan Bandar crossing']);
    expect(links.code, links.stderr).toBe(0);
    expect(links.stdout).toContain('Panji Poyon customs post');
  });

  it('names the notebook after the sample without --title, and prints JSON with --json', () => {
    const nb = join(tmp.dir, 'json');
    const r = runCli(nb, ['--json', 'init', '--sample']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ title: 'Frontier sample notebook', counts: { notes: 6, sources: 3, events: 12 }, startNoteId: expect.stringMatching(/^n_/) });
  });

  it('refuses to init --sample over an existing notebook, and leaves it alone', () => {
    const nb = join(tmp.dir, 'existing');
    expect(runCli(nb, ['init', '--title', 'Real work']).code).toBe(0);
    expect(runCli(nb, ['note', 'add', '--title', 'Kunduz']).code).toBe(0);
    const r = runCli(nb, ['init', '--sample']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already holds a notebook/);
    expect(runCli(nb, ['--json', 'info']).json<Info>()).toMatchObject({ meta: { title: 'Real work' }, counts: { notes: 1, sources: 0, events: 0 } });
  });

  it('still creates an empty notebook without --sample', () => {
    const nb = join(tmp.dir, 'plain');
    expect(runCli(nb, ['init']).code).toBe(0);
    expect(runCli(nb, ['--json', 'info']).json<Info>()).toMatchObject({ meta: { title: 'Frontier notebook' }, counts: { notes: 0, sources: 0, events: 0 } });
  });
});
