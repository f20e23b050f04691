import { tlpText, TLP_DEFINITIONS } from '../dossier/tlp-style';
import { normalizeTitle, parseCitations, parseWikiLinks } from '../links';
import { CREDIBILITY, RELIABILITY, type Dossier, type Event, type Note, type Source } from '../model';

/**
 * A dossier (or the whole notebook) as a folder of Markdown files that any Markdown reader, Git
 * host or Obsidian vault shows with working links:
 *
 *   README.md              title, handling label, summary, and links to everything below
 *   notes/<title>.md       each note: YAML front matter, then its body with [[links]] turned into
 *                          relative links and [@citations] into links to the sources
 *   sources/<title>.md     each source's metadata, grade and summary, linking to …
 *   sources/<title>.txt    … its full text, byte for byte (its sha256 is the one in the notebook)
 *   events.csv, events.geojson are added by the caller.
 *
 * Source texts are kept in .txt files rather than pasted into Markdown, so a viewer never renders
 * markup that came from an imported page.
 */

export interface BundleFile {
  path: string;
  text: string;
}

export interface MarkdownBundleInput {
  dossier: Pick<Dossier, 'title' | 'subtitle' | 'author' | 'date' | 'tlp' | 'summary'>;
  notes: readonly Note[];
  sources: readonly Source[];
  events: readonly Event[];
  /** Full text of each source, by id. */
  sourceTexts: ReadonlyMap<string, string>;
  generatedAt: string;
  /** Extra files listed in the README (events.csv, events.geojson). */
  attachments?: readonly string[];
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name from a title: letters and digits of any script kept, the rest as `-`, at most 80 characters. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\p{M}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem && !WINDOWS_RESERVED.test(stem) ? stem : '';
}

/** Names for items, unique ignoring case (macOS and Windows file systems ignore it); the id settles clashes. */
function assignNames<T extends { id: string; title: string }>(items: readonly T[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const item of items) {
    let stem = fileStem(item.title) || item.id;
    if (taken.has(stem.toLowerCase())) stem = `${stem}-${item.id}`;
    taken.add(stem.toLowerCase());
    names.set(item.id, stem);
  }
  return names;
}

/** Text for inside [link text]: brackets and backslashes escaped. */
const linkText = (text: string) => text.replace(/[\\[\]]/g, (c) => `\\${c}`);
const href = (...segments: string[]) => segments.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
const yamlString = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

function frontMatter(fields: Record<string, string | number | readonly string[] | undefined>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) lines.push(`${key}: [${value.map(yamlString).join(', ')}]`);
    else lines.push(`${key}: ${typeof value === 'number' ? value : yamlString(value as string)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

export function buildMarkdownBundle(input: MarkdownBundleInput): BundleFile[] {
  const noteNames = assignNames(input.notes);
  const sourceNames = assignNames(input.sources);
  const notesByKey = new Map<string, Note>();
  for (const n of input.notes) {
    notesByKey.set(normalizeTitle(n.title), n);
    notesByKey.set(n.id, n);
  }
  const sourcesById = new Map(input.sources.map((s, i) => [s.id, { source: s, number: i + 1 }]));

  /** Rewrites links and citations for a file in notes/ (fromNotes) or at the bundle's root. */
  const rewrite = (markdown: string, fromNotes: boolean): string => {
    const up = fromNotes ? ['..'] : [];
    const edits: Array<{ start: number; end: number; text: string }> = [];
    for (const link of parseWikiLinks(markdown)) {
      const note = notesByKey.get(normalizeTitle(link.target)) ?? notesByKey.get(link.target);
      const label = link.label ?? (link.heading ? `${link.target} › ${link.heading}` : link.target);
      const target = note ? (fromNotes ? href(`${noteNames.get(note.id)}.md`) : href('notes', `${noteNames.get(note.id)}.md`)) : undefined;
      edits.push({ start: link.start, end: link.end, text: target ? `[${linkText(label)}](${target})` : linkText(label) });
    }
    const groups = new Map<number, { end: number; parts: string[] }>();
    for (const c of parseCitations(markdown)) {
      const found = sourcesById.get(c.sourceId);
      const name = found ? `[S${found.number}: ${linkText(found.source.title)}](${href(...up, 'sources', `${sourceNames.get(c.sourceId)}.md`)})` : `missing source ${c.sourceId}`;
      const part = [name, c.locator, c.excerpt !== undefined ? `“${c.excerpt}”` : undefined].filter(Boolean).join(', ');
      const group = groups.get(c.start) ?? { end: c.end, parts: [] };
      group.parts.push(part);
      groups.set(c.start, group);
    }
    for (const [start, g] of groups) edits.push({ start, end: g.end, text: `(${g.parts.join('; ')})` });
    let out = markdown;
    for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  };

  const files: BundleFile[] = [];
  for (const n of input.notes) {
    const header = frontMatter({ id: n.id, title: n.title, tags: n.tags, created: n.created, updated: n.updated, place: n.place ? `${n.place.name} (${n.place.lat}, ${n.place.lng})` : undefined });
    files.push({ path: `notes/${noteNames.get(n.id)}.md`, text: `${header}# ${n.title}\n\n${rewrite(n.body, true).trimEnd()}\n` });
  }
  for (const s of input.sources) {
    const name = sourceNames.get(s.id)!;
    const header = frontMatter({
      id: s.id,
      title: s.title,
      outlet: s.outlet,
      author: s.author,
      url: s.url,
      published: s.publishedAt,
      language: s.language,
      kind: s.kind,
      grade: `${s.reliability}${s.credibility}`,
      textSha256: s.textHash,
      fileSha256: s.original?.sha256,
      fileName: s.original?.fileName,
    });
    const lines = [
      `# ${s.title}`,
      '',
      `Grade **${s.reliability}${s.credibility}**: ${RELIABILITY[s.reliability]}; ${CREDIBILITY[s.credibility].toLowerCase()}.`,
      '',
      ...(s.summary.trim() ? [s.summary.trim(), ''] : []),
      `Full text: [${linkText(`${name}.txt`)}](${href(`${name}.txt`)}) (sha256 \`${s.textHash}\`).`,
      '',
    ];
    files.push({ path: `sources/${name}.md`, text: header + lines.join('\n') });
    files.push({ path: `sources/${name}.txt`, text: input.sourceTexts.get(s.id) ?? '' });
  }

  const d = input.dossier;
  const readme = [
    `# ${d.title}`,
    '',
    ...(d.subtitle ? [`*${d.subtitle}*`, ''] : []),
    `**${tlpText(d.tlp)}** — ${TLP_DEFINITIONS[d.tlp]}`,
    '',
    ...(d.author ? [`Prepared by ${d.author}, ${d.date}.`] : [`${d.date}.`]),
    `Exported by Frontier on ${input.generatedAt.slice(0, 10)}.`,
    '',
    ...(d.summary.trim() ? ['## Executive summary', '', rewrite(d.summary.trim(), false), ''] : []),
    '## Notes',
    '',
    ...input.notes.map((n) => `- [${linkText(n.title)}](${href('notes', `${noteNames.get(n.id)}.md`)})`),
    '',
    '## Sources',
    '',
    ...input.sources.map((s, i) => `- S${i + 1}: [${linkText(s.title)}](${href('sources', `${sourceNames.get(s.id)}.md`)}) — ${s.reliability}${s.credibility}`),
    '',
    ...(input.events.length || input.attachments?.length
      ? ['## Events', '', `${input.events.length} event${input.events.length === 1 ? '' : 's'}.`, ...(input.attachments ?? []).map((a) => `- [${linkText(a)}](${href(a)})`), '']
      : []),
  ];
  files.unshift({ path: 'README.md', text: readme.join('\n') });
  return files;
}
