import { check } from '@placemarkio/check-geojson';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonBackup, restoreJsonBackup } from '../../../main/core/export/json-backup';
import { ACLED_COLUMNS } from '../../../shared/export';
import type { Dossier, Note, Source } from '../../../shared/model';
import { CLI, runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-notebook';

/**
 * The dossier exports end to end: a notebook built through the CLI, a saved dossier, then every
 * format written by `frontier export` and read back with the tools an analyst would use —
 * poppler-utils for the PDF, a GeoJSON checker, a CSV reader, the backup reader.
 */

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/sources', name);
const HOSTILE = '</title><script>alert(1)</script>';
const DARI = 'در انفجار روز جمعه در مسجدی در ولسوالی خان‌آباد کندز';
const RUSSIAN = 'Учения ОДКБ у таджикско-афганской границы';
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const tool = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};

describe('frontier export (built CLI, read back with poppler-utils)', () => {
  const tmp = tempDir();
  const nb = join(tmp.dir, 'nb');
  const out = (name: string) => join(tmp.dir, name);
  const cli = (...args: string[]) => runCli(nb, args);
  let notes: Note[];
  let dossier: Dossier;
  let pages: string[];

  beforeAll(() => {
    expect(cli('init', '--title', 'Northern Afghanistan', '--tlp', 'GREEN').code).toBe(0);
    const imported = cli('--json', 'import', fixture('kunduz-en.txt'), fixture('csto-ru.txt'), fixture('kunduz-fa.txt'));
    expect(imported.code, imported.stderr).toBe(0);
    const s = Object.fromEntries(imported.json<Array<{ source: Source }>>().map((x) => [x.source.language, x.source]));
    const add = (title: string, body: string, ...tags: string[]) => {
      const r = cli('--json', 'note', 'add', '--title', title, '--body', body, ...tags.flatMap((t) => ['--tag', t]));
      expect(r.code, r.stderr).toBe(0);
      return r.json<Note>();
    };
    notes = [
      add('Kunduz mosque bombing', `Claimed by [[ISKP]] [@${s['en']!.id}, p. 1, "at least 46 people were killed"]. In Dari: «${DARI}» [@${s['fa']!.id}].`, 'iskp'),
      add('ISKP', `Islamic State Khorasan Province. See [[Kunduz mosque bombing]] and [[Not written yet]].`, 'iskp'),
      add('Учения ОДКБ', `${RUSSIAN} [@${s['ru']!.id}, с. 1; @${s['en']!.id}].`, 'csto'),
      add(HOSTILE, 'A note whose title is markup. <img src=x onerror=alert(2)>', 'iskp'),
    ];
    const ev = cli('--json', 'event', 'add', '--title', 'Suicide bombing in Kunduz', '--date', '2021-10-08', '--place', 'Kunduz', '--lat', '36.7286', '--lng', '68.8681', '--type', 'Explosions/Remote violence', '--sub-type', 'Suicide bomb', '--actor', 'ISKP', '--actor', 'Civilians (Afghanistan)', '--fatalities', '46', '--source', s['en']!.id, '--note', notes[0]!.id);
    expect(ev.code, ev.stderr).toBe(0);
    const ev2 = cli('event', 'add', '--title', 'CSTO exercise at Harbmaidon', '--date', '2021-10-18', '--place', 'Harbmaidon', '--lat', '37.9', '--lng', '69.4', '--type', 'Strategic developments', '--sub-type', 'Other', '--source', s['ru']!.id, '--note', notes[2]!.id);
    expect(ev2.code, ev2.stderr).toBe(0);
    const d = cli('--json', 'dossier', 'add', '--title', 'Kunduz and the border, October 2021', '--subtitle', 'Кундуз · کندز', '--author', 'Analyst A', '--date', '2021-10-20', '--tlp', 'amber', '--summary', `Two weeks in the north [@${s['en']!.id}].`, ...notes.flatMap((n) => ['--note', n.id]));
    expect(d.code, d.stderr).toBe(0);
    dossier = d.json<Dossier>();
  });
  afterAll(() => tmp.cleanup());

  it('prints the dossier as a PDF with its title in the metadata', () => {
    const r = cli('export', 'pdf', out('dossier.pdf'), '--dossier', dossier.id);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*dossier\.pdf \(\d+ bytes\)/);
    expect(r.stderr).toMatch(/export: Printing \(first pass\)/);
    const info = tool('pdfinfo', [out('dossier.pdf')]);
    expect(info).toMatch(/^Title:\s+Kunduz and the border, October 2021$/m);
    expect(info).toMatch(/^Creator:\s+Frontier$/m);
    const count = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(count).toBeGreaterThanOrEqual(8);
    pages = tool('pdftotext', ['-layout', out('dossier.pdf'), '-']).split('\f').slice(0, count);
    expect(pages).toHaveLength(count);
  });

  it('carries the TLP label in the header and footer of every page, and "page X of Y"', () => {
    pages.forEach((text, i) => {
      expect(text.match(/TLP:AMBER/g)?.length ?? 0, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      expect(text, `page ${i + 1}`).toContain(`page ${i + 1} of ${pages.length}`);
    });
    expect(pages.join('')).not.toContain('TLP:GREEN'); // the dossier's label, not the notebook's default
  });

  it('holds every note title — the hostile one literally — and the contents with page numbers that are right', () => {
    const all = pages.join('\n');
    for (const n of notes) expect(all).toContain(n.title);
    expect(all).toContain(HOSTILE);
    const contents = pages[1]!;
    expect(contents).toContain('Contents');
    for (const n of notes) {
      const m = new RegExp(`${n.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*?(\\d+)\\s*$`, 'm').exec(contents);
      expect(m, `${n.title} in the contents`).not.toBeNull();
      const page = Number(m![1]);
      // The note's heading is on the page the contents names.
      expect(pages[page - 1], `${n.title} on page ${page}`).toContain(n.title);
    }
  });

  it('has PDF bookmarks: the sections, with the notes under "Notes"', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(out('dossier.pdf'))), isEvalSupported: false }).promise;
    const outline = (await doc.getOutline()) ?? [];
    const titles = outline.map((o) => o.title);
    expect(titles).toEqual(expect.arrayContaining(['Contents', 'Executive summary', 'Map', 'Timeline', 'Notes', 'Endnotes', 'Sources', 'Events']));
    const notesEntry = outline.find((o) => o.title === 'Notes')!;
    expect(notesEntry.items.map((o) => o.title)).toEqual(notes.map((n) => n.title));
    await doc.destroy();
  });

    it('numbers the citations as endnotes and lists the sources with grade and hash', () => {
    const all = pages.join('\n');
    const endnotes = all.slice(all.lastIndexOf('Endnotes'));
    for (let n = 1; n <= 5; n++) expect(endnotes).toMatch(new RegExp(`^\\s*${n}\\. \\[S\\d\\]`, 'm'));
    expect(endnotes).not.toMatch(/^\s*6\. \[S/m);
    expect(all).toMatch(/Sources[\s\S]*S1 +Suicide bombing at a Shia mosque in Kunduz/);
    expect(all).toMatch(/Text sha256 [0-9a-f]{64}/);
  });

  it('extracts Cyrillic and Dari text as written', () => {
    const plain = pages.join('\n').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ');
    expect(plain).toContain(RUSSIAN);
    expect(plain).toContain('Кундуз');
    expect(plain).toContain(DARI);
  });

  it('embeds every font it uses: Noto Sans and Noto Sans Arabic', () => {
    const rows = tool('pdffonts', [out('dossier.pdf')]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.split(/\s+/).slice(-5)[0], row).toBe('yes');
    expect(rows.some((r) => /NotoSans-Regular/.test(r))).toBe(true);
    expect(rows.some((r) => /NotoSansArabic/.test(r))).toBe(true);
  });

  it('draws the map: its page rasterises and is far from blank', () => {
    const mapPage = pages.findIndex((p) => /Natural Earth 1:10m country boundaries/.test(p)) + 1;
    expect(mapPage).toBeGreaterThan(2);
    tool('pdftoppm', ['-gray', '-r', '30', '-f', String(mapPage), '-l', String(mapPage), out('dossier.pdf'), out('map')]);
    const file = readdirSync(tmp.dir).find((f) => f.startsWith('map') && f.endsWith('.pgm'))!;
    const pgm = readFileSync(join(tmp.dir, file));
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    expect(pixels.length).toBe(w * h);
    const inked = pixels.reduce((n, v) => n + (v < 245 ? 1 : 0), 0);
    expect(inked / (w * h)).toBeGreaterThan(0.25);
  });

  it('writes GeoJSON that validates, and a CSV with ACLED’s header', () => {
    expect(cli('export', 'geojson', out('events.geojson'), '--dossier', dossier.title).code).toBe(0);
    const fc = check(readFileSync(out('events.geojson'), 'utf8')) as unknown as { features: unknown[] };
    expect(fc.features).toHaveLength(2);
    expect(cli('export', 'csv', out('events.csv'), '--tag', 'iskp').code).toBe(0);
    const csv = readFileSync(out('events.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(ACLED_COLUMNS.join(','));
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2); // the bombing is linked to an #iskp note; the exercise is not
    expect(csv).toContain(',4,South Asia,Afghanistan,');
  });

  it('writes a Markdown bundle whose links all work', () => {
    const r = cli('export', 'markdown', out('bundle'), '--dossier', dossier.id);
    expect(r.code, r.stderr).toBe(0);
    const files: string[] = [];
    const walk = (dir: string, rel = '') => {
      for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
        if (e.isDirectory()) walk(dir, posix.join(rel, e.name));
        else files.push(posix.join(rel, e.name));
      }
    };
    walk(out('bundle'));
    expect(files).toEqual(expect.arrayContaining(['README.md', 'events.csv', 'events.geojson', 'notes/ISKP.md', 'notes/Учения-ОДКБ.md']));
    for (const f of files.filter((x) => x.endsWith('.md'))) {
      for (const m of readFileSync(join(out('bundle'), f), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = posix.normalize(posix.join(posix.dirname(f), decodeURIComponent(m[1]!)));
        expect(files, `${f} → ${target}`).toContain(target);
      }
    }
    // A folder is never written over one that holds something.
    expect(cli('export', 'markdown', out('bundle')).code).toBe(1);
  });

  it('writes a full JSON backup that restores the same notebook', async () => {
    expect(cli('export', 'json', out('backup.json')).code).toBe(0);
    expect(cli('export', 'json', out('x.json'), '--tag', 'iskp').stderr).toMatch(/always the whole notebook/);
    const text = readFileSync(out('backup.json'), 'utf8');
    const { notebook } = readJsonBackup(text);
    expect(notebook.notes.map((n) => n.title).sort()).toEqual(notes.map((n) => n.title).sort());
    expect(notebook.dossiers.map((d) => d.id)).toEqual([dossier.id]);
    const restored = await restoreJsonBackup(text, out('restored'));
    await restored.close();
    const info = runCli(out('restored'), ['--json', 'info']).json<{ counts: unknown }>();
    expect(info.counts).toEqual({ notes: 4, sources: 3, events: 2 });
    expect(runCli(out('restored'), ['verify']).code).toBe(0);

    // The same through the CLI: `frontier init --from-backup`.
    const made = runCli(out('restored-cli'), ['--json', 'init', '--from-backup', out('backup.json')]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.json<{ counts: unknown }>().counts).toEqual({ notes: 4, sources: 3, events: 2, dossiers: 1 });
    expect(runCli(out('restored-cli'), ['verify']).code).toBe(0);
    expect(runCli(out('restored-cli'), ['--json', 'note', 'list']).json<Array<{ title: string }>>().map((n) => n.title).sort()).toEqual(notes.map((n) => n.title).sort());
    // A damaged backup is refused before anything is created, and an existing notebook is never written over.
    writeFileSync(out('damaged.json'), text.replace(/"blobs":\{"([0-9a-f]{64})":"[A-Za-z0-9+/]{4}/, '"blobs":{"$1":"AAAA'));
    const damaged = runCli(out('from-damaged'), ['init', '--from-backup', out('damaged.json')]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/damaged\.json: blob [0-9a-f]{64} does not match its hash/);
    expect(existsSync(out('from-damaged'))).toBe(false);
    expect(runCli(out('restored-cli'), ['init', '--from-backup', out('backup.json')]).stderr).toMatch(/already holds a notebook/);
  });

  it('says clearly when no Chromium can be found', () => {
    const r = spawnSync(process.execPath, [CLI, '--notebook', nb, 'export', 'pdf', out('none.pdf')], { encoding: 'utf8', env: { ...process.env, FRONTIER_CHROMIUM: '/nonexistent/chromium' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/FRONTIER_CHROMIUM is set to \/nonexistent\/chromium, which does not exist/);
    expect(existsSync(out('none.pdf'))).toBe(false);
  });

  it('stops on Ctrl-C (SIGINT) mid-print and leaves no file, not even a partial one', async () => {
    const child = spawn(process.execPath, [CLI, '--notebook', nb, 'export', 'pdf', out('cancelled.pdf'), '--dossier', dossier.id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (/Printing/.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/export cancelled; nothing was written/);
    expect(existsSync(out('cancelled.pdf'))).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('cancelled'))).toEqual([]);
  });
});
