/**
 * Writes a realistic benchmark notebook straight to disk: notebook.json (valid per SnapshotFile,
 * seq 0) and the source texts under blobs/, without fsync per file — generating the fixture is not
 * what the benchmark measures (one `sync -f` at the end flushes it all). Deterministic for a given
 * seed. Then opens it once (read-only) to prove it is a notebook the store accepts.
 *
 * CLI: tsx test/bench/generate-notebook.ts --notes 1000 --out /tmp/nb [--seed s]  → JSON stats on stdout.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { normalizeTitle } from '../../shared/links';
import type { Event, Note, Source } from '../../shared/model';
import { SCHEMA_VERSION } from '../../shared/model';
import { NotebookStore, notebookPaths } from '../../main/core/store';
import type { SnapshotFile } from '../../main/core/store/snapshot-adapter';
import { PLACES, formatDate, fullText, paragraph, randomTopic, sentence, type Lang, type Place } from './corpus';
import { buildEvent } from './generate-events';
import { Rng } from './prng';

export interface FixtureStats {
  notes: number;
  sources: number;
  events: number;
  snapshotBytes: number;
  blobCount: number;
  blobBytes: number;
  avgNoteBodyBytes: number;
  generateMs: number;
  /** Time to flush the fixture to disk (`sync -f`); NaN where the command is missing. */
  flushMs: number;
  validateMs: number;
}

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const SPAN_START = Date.UTC(2021, 0, 1);
const SPAN_END = Date.UTC(2024, 11, 31);
const LAST_UPDATE = Date.UTC(2025, 5, 1);

const TAGS = ['isis-k', 'taliban', 'nrf', 'border/panj', 'border/amu-darya', 'tajikistan', 'russia', 'fsb', 'kabul', 'badakhshan', 'kunduz', 'drugs', 'refugees', 'migrants', 'recruitment', 'propaganda', 'economy', 'water'];

const OUTLETS: Record<Lang, ReadonlyArray<readonly [string, string]>> = {
  en: [['Reuters', 'reuters.com'], ['RFE/RL', 'rferl.org'], ['TOLOnews', 'tolonews.com'], ['Pajhwok Afghan News', 'pajhwok.com'], ['Amu TV', 'amu.tv'], ['Eurasianet', 'eurasianet.org'], ['UNAMA', 'unama.unmissions.org'], ['Crisis Group', 'crisisgroup.org']],
  ru: [['Интерфакс', 'interfax.ru'], ['ТАСС', 'tass.ru'], ['Коммерсантъ', 'kommersant.ru'], ['Азия-Плюс', 'asiaplustj.info'], ['Радио Озоди', 'ozodi.org'], ['Фергана', 'fergana.news']],
  'fa-AF': [['طلوع‌نیوز', 'tolonews.com/fa'], ['پژواک', 'pajhwok.com/fa'], ['هشت صبح', '8am.media'], ['آمو', 'amu.tv/fa'], ['افغانستان اینترنشنل', 'afintl.com']],
};

const HEADLINES: Record<Lang, readonly string[]> = {
  en: ['clashes reported near the border', 'security forces detain suspects', 'traders complain of closed crossing', 'officials deny casualty figures', 'residents flee after overnight fighting', 'new checkpoints along the river'],
  ru: ['сообщается о столкновениях', 'задержаны подозреваемые', 'закрыта переправа через Пяндж', 'власти опровергают данные о жертвах', 'жители покидают свои дома'],
  'fa-AF': ['گزارش درگیری در نزدیکی مرز', 'بازداشت چند مظنون', 'بسته شدن گذرگاه مرزی', 'رد آمار تلفات از سوی مقام‌ها', 'فرار باشندگان پس از درگیری شبانه'],
};

const AUTHORS = ['Ayaz Gul', 'Ahmad Shah Erfanyar', 'Ruchi Kumar', 'Мария Петрова', 'Ильхом Назаров', 'Далер Гуфронов', 'فرید احمدی', 'زهرا رحیمی'];

const NOTE_TOPICS = ['ISKP recruitment', 'Border incident', 'Drug trafficking route', 'Taliban appointments', 'Checkpoint attacks', 'Refugee movements', 'Arrests of Central Asian migrants', 'Militant propaganda', 'Cross-border fire', 'Water dispute on the Panj', 'Russian security cooperation', 'NRF activity', 'Market prices', 'Mining concessions'];

/** Ids like the app's: kind prefix, 9 base32 characters of the creation time, 3 random ones. */
function makeId(rng: Rng, prefix: string, ms: number, taken: Set<string>): string {
  for (;;) {
    let time = '';
    let t = ms;
    for (let i = 0; i < 9; i++) {
      time = ID_ALPHABET[t % 32] + time;
      t = Math.floor(t / 32);
    }
    let tail = '';
    for (let i = 0; i < 3; i++) tail += ID_ALPHABET[rng.int(0, 31)];
    const id = `${prefix}_${time}${tail}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Creation times spread over the span, ascending (so ids sort like the app's). */
function creationTimes(rng: Rng, count: number): number[] {
  return Array.from({ length: count }, () => SPAN_START + rng.next() * (SPAN_END - SPAN_START)).sort((a, b) => a - b).map(Math.floor);
}

function updatedAfter(rng: Rng, created: number): string {
  return iso(Math.min(LAST_UPDATE, created + (rng.chance(0.5) ? 0 : Math.floor(rng.next() * 30 * 86_400_000))));
}

function buildSources(rng: Rng, count: number, ids: Set<string>, blobsDir: string): { sources: Source[]; blobBytes: number } {
  const sources: Source[] = [];
  let blobBytes = 0;
  for (const created of creationTimes(rng, count)) {
    const lang = rng.weighted<Lang>([['en', 45], ['ru', 30], ['fa-AF', 25]]);
    const [outlet, domain] = rng.pick(OUTLETS[lang]);
    const published = created - rng.int(0, 5) * 86_400_000;
    const topic = randomTopic(rng, new Date(published), rng.weighted([['border', 5], ['kabul', 3.5], ['moscow', 1.5]] as const));
    const key = lang === 'fa-AF' ? 'fa' : lang;
    const title = `${topic.place[key]}: ${rng.pick(HEADLINES[lang])}`;
    const text = fullText(rng, lang, topic, title, outlet, rng.int(6500, 9900));
    const bytes = Buffer.from(text, 'utf8');
    const textHash = sha256(bytes);
    mkdirSync(join(blobsDir, textHash.slice(0, 2)), { recursive: true });
    writeFileSync(join(blobsDir, textHash.slice(0, 2), textHash), bytes);
    blobBytes += bytes.length;
    const id = makeId(rng, 's', created, ids);
    const kind = outlet === 'UNAMA' || outlet === 'Crisis Group' ? 'ngo-report' : rng.weighted([['news-report', 8], ['official-statement', 1], ['social-media', 1]] as const);
    sources.push({
      id,
      title,
      outlet,
      ...(rng.chance(0.6) ? { author: rng.pick(AUTHORS) } : {}),
      url: `https://${domain}/${day(published).replace(/-/g, '/')}/${id.slice(2)}`,
      language: lang,
      publishedAt: day(published),
      accessedAt: day(created),
      kind,
      reliability: rng.weighted([['A', 1], ['B', 4], ['C', 4], ['D', 1], ['E', 0.5], ['F', 1]] as const),
      credibility: rng.weighted([[1, 1], [2, 4], [3, 4], [4, 1], [5, 0.5], [6, 1]] as const),
      tags: rng.sample(TAGS, rng.int(1, 4)),
      summary: paragraph(rng, 'en', topic, rng.int(1, 2)),
      textHash,
      textLength: text.length,
      original: { sha256: textHash, fileName: `${id}.txt`, mediaType: 'text/plain', size: bytes.length, importedAt: iso(created) },
      created: iso(created),
      updated: updatedAfter(rng, created),
    });
  }
  return { sources, blobBytes };
}

function noteTitle(rng: Rng, place: Place, created: number, taken: Set<string>): string {
  const month = iso(created).slice(0, 7);
  const style = rng.weighted([['en', 8], ['ru', 1], ['fa', 1]] as const);
  const base =
    style === 'ru' ? `Хроника: ${place.ru}, ${month}` : style === 'fa' ? `گزارش امنیتی ${place.fa}، ${month}` : `${rng.pick(NOTE_TOPICS)} — ${place.en}, ${month}`;
  for (let k = 1; ; k++) {
    const title = k === 1 ? base : `${base} (${k})`;
    const key = normalizeTitle(title);
    if (!taken.has(key)) {
      taken.add(key);
      return title;
    }
  }
}

/** A Markdown note of about `target` characters: paragraphs, bullets, quotes, [[links]] and [@citations]. */
function noteBody(rng: Rng, place: Place, created: number, earlierTitles: readonly string[], sources: readonly Source[], target: number): string {
  const topic = randomTopic(rng, new Date(created), place.region);
  topic.place = place;
  const cite = () => {
    const s = rng.pick(sources);
    return rng.chance(0.5) ? ` [@${s.id}]` : ` [@${s.id}, p. ${rng.int(1, 12)}]`;
  };
  const link = () => (earlierTitles.length > 0 ? ` See [[${rng.pick(earlierTitles)}]].` : '');
  const blocks: string[] = [`## Summary\n\n${paragraph(rng, 'en', topic, rng.int(1, 3))}${cite()}`];
  let length = blocks[0]!.length;
  while (length < target) {
    const block = rng.weighted([
      ['para', 4],
      ['bullets', 2],
      ['quote', 1.5],
      ['assessment', 1],
    ] as const);
    let text: string;
    if (block === 'bullets') {
      text = Array.from({ length: rng.int(2, 5) }, () => `- ${sentence(rng, 'en', topic)}${rng.chance(0.3) ? cite() : ''}${rng.chance(0.2) ? link() : ''}`).join('\n');
    } else if (block === 'quote') {
      const lang = rng.pick(['ru', 'fa-AF'] as const);
      text = `> ${sentence(rng, lang, topic)}${cite()}\n\nTranslation: ${sentence(rng, 'en', topic)}`;
    } else if (block === 'assessment') {
      text = `## Assessment (${formatDate(new Date(created), 'en')})\n\n${paragraph(rng, 'en', topic, rng.int(1, 3))}${link()}`;
    } else {
      text = `${paragraph(rng, 'en', topic, rng.int(2, 5))}${rng.chance(0.6) ? cite() : ''}${rng.chance(0.3) ? link() : ''}`;
    }
    blocks.push(text);
    length += text.length + 2;
  }
  return blocks.join('\n\n');
}

function buildNotes(rng: Rng, count: number, ids: Set<string>, sources: readonly Source[]): Note[] {
  const notes: Note[] = [];
  const titles = new Set<string>();
  for (const created of creationTimes(rng, count)) {
    const place = rng.pick(PLACES);
    const recent = notes.slice(-50).map((n) => n.title);
    const target = Math.min(20_000, Math.max(150, Math.round(rng.logNormal(1100, 0.7))));
    notes.push({
      id: makeId(rng, 'n', created, ids),
      title: noteTitle(rng, place, created, titles),
      body: noteBody(rng, place, created, recent, sources, target),
      tags: rng.sample(TAGS, rng.int(0, 3)),
      created: iso(created),
      updated: updatedAfter(rng, created),
      ...(rng.chance(0.3) ? { place: { name: place.en, lat: place.lat, lng: place.lng } } : {}),
    });
  }
  return notes;
}

/** Generates a notebook of `noteCount` notes (and ~noteCount/2 sources, ~noteCount events) in `dir`. */
export async function generateNotebook(dir: string, noteCount: number, seed = 'frontier-bench'): Promise<FixtureStats> {
  const started = performance.now();
  const rng = new Rng(`${seed}:${noteCount}`);
  const paths = notebookPaths(dir);
  mkdirSync(paths.blobs, { recursive: true });
  mkdirSync(paths.backups, { recursive: true });
  const ids = new Set<string>();
  const { sources, blobBytes } = buildSources(rng, Math.ceil(noteCount / 2), ids, paths.blobs);
  const notes = buildNotes(rng, noteCount, ids, sources);
  const events: Event[] = creationTimes(rng, noteCount).map((created) => buildEvent(rng, created, ids, sources, notes, makeId));
  const doc: SnapshotFile = {
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    meta: { title: `Benchmark notebook (${noteCount} notes)`, created: iso(SPAN_START), defaultTlp: 'AMBER' },
    notes,
    sources,
    events,
    dossiers: [],
  };
  const json = Buffer.from(JSON.stringify(doc), 'utf8');
  writeFileSync(paths.snapshot, json);
  const generateMs = performance.now() - started;

  // Nothing above was fsynced. Flush it now: on ext4 (data=ordered) the first fsyncs of the measured
  // run would otherwise wait for these tens of megabytes of dirty pages and inflate the saves' p95.
  const flushStart = performance.now();
  const flushed = spawnSync('sync', ['-f', paths.snapshot], { stdio: 'ignore' }).status === 0;
  const flushMs = flushed ? performance.now() - flushStart : NaN;

  const validateStart = performance.now();
  const store = await NotebookStore.open(dir, { readOnly: true });
  try {
    const counts = [store.count('notes'), store.count('sources'), store.count('events')];
    if (counts.join() !== [notes.length, sources.length, events.length].join()) {
      throw new Error(`the generated notebook opened with ${counts.join('/')} items, expected ${notes.length}/${sources.length}/${events.length}`);
    }
    for (const s of sources) {
      const state = await store.blobs.check(s.textHash);
      if (state !== 'ok') throw new Error(`blob ${s.textHash} of ${s.id} is ${state}`);
    }
  } finally {
    await store.close();
  }
  return {
    notes: notes.length,
    sources: sources.length,
    events: events.length,
    snapshotBytes: json.length,
    blobCount: sources.length,
    blobBytes,
    avgNoteBodyBytes: Math.round(notes.reduce((sum, n) => sum + Buffer.byteLength(n.body, 'utf8'), 0) / notes.length),
    generateMs,
    flushMs,
    validateMs: performance.now() - validateStart,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { notes: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const count = Number(values.notes);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    console.error('usage: tsx test/bench/generate-notebook.ts --notes N --out DIR [--seed S]');
    process.exit(2);
  }
  console.log(JSON.stringify(await generateNotebook(values.out, count, values.seed)));
}
