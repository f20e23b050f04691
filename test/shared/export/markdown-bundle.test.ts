import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMarkdownBundle, fileStem } from '../../../shared/export';
import { EVENTS, NOTES, SOURCES, SRC_EN, SRC_RU } from '../../fixtures/dossier/items';

const bundle = () =>
  buildMarkdownBundle({
    dossier: { title: 'Panj border', subtitle: '', author: 'A', date: '2022-04-01', tlp: 'GREEN', summary: 'See [[Shir Khan Bandar crossing]] [@s_000000000001].' },
    notes: NOTES.slice(0, 2),
    sources: SOURCES,
    events: EVENTS,
    sourceTexts: new Map([
      [SRC_EN, 'English text'],
      [SRC_RU, 'Русский текст'],
    ]),
    generatedAt: '2023-06-01T00:00:00.000Z',
    attachments: ['events.csv', 'events.geojson'],
  });

/** Every relative link in a Markdown file, resolved against the file's folder. */
function links(file: { path: string; text: string }): string[] {
  return [...file.text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => posix.normalize(posix.join(posix.dirname(file.path), decodeURIComponent(m[1]!))));
}

describe('Markdown bundle', () => {
  it('writes a README, one file per note, and each source as metadata plus its full text', () => {
    const paths = bundle().map((f) => f.path);
    expect(paths).toEqual([
      'README.md',
      'notes/Shir-Khan-Bandar-crossing.md',
      'notes/Граница-на-Пяндже.md',
      'sources/Shir-Khan-Bandar-crossing-reopens.md',
      'sources/Shir-Khan-Bandar-crossing-reopens.txt',
      'sources/Заявление-пресс-службы.md',
      'sources/Заявление-пресс-службы.txt',
    ]);
    expect(bundle().find((f) => f.path.endsWith('службы.txt'))?.text).toBe('Русский текст');
  });

  it('keeps links working: every relative link names a file in the bundle', () => {
    const files = bundle();
    const names = new Set([...files.map((f) => f.path), 'events.csv', 'events.geojson']);
    for (const f of files.filter((x) => x.path.endsWith('.md'))) {
      for (const target of links(f)) expect(names.has(target), `${f.path} → ${target}`).toBe(true);
    }
    const a = files.find((f) => f.path === 'notes/Shir-Khan-Bandar-crossing.md')!.text;
    expect(a).toContain('[Граница на Пяндже](%D0%93');
    expect(a).toContain('and Not in the dossier.');
    expect(a).toContain('([S1: Shir Khan Bandar crossing reopens](../sources/Shir-Khan-Bandar-crossing-reopens.md), para. 1, “three days”)');
    expect(a).toMatch(/\(\[S1: [^\]]+\]\([^)]+\); \[S2: Заявление пресс-службы\]\([^)]+\), п\. 2\)/);
    expect(a.startsWith('---\nid: "n_00000000000a"\ntitle: "Shir Khan Bandar crossing"\ntags: ["border/panj"]\n')).toBe(true);
    const readme = files[0]!.text;
    expect(readme).toContain('**TLP:GREEN**');
    expect(readme).toContain('See [Shir Khan Bandar crossing](notes/Shir-Khan-Bandar-crossing.md) ([S1: Shir Khan Bandar crossing reopens](sources/Shir-Khan-Bandar-crossing-reopens.md))');
  });

  it('makes safe, unique file names from titles in any script', () => {
    expect(fileStem('Kabul: airport / gate 3?')).toBe('Kabul-airport-gate-3');
    expect(fileStem('بازار مرزی اشکاشم')).toBe('بازار-مرزی-اشکاشم');
    expect(fileStem('CON')).toBe('');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
  });
});
