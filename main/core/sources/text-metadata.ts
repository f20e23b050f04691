import { isDateOnlyLine, parseDateLine } from './dateline';

export interface TextMetadata {
  title?: string;
  publishedAt?: string;
  outlet?: string;
  author?: string;
  url?: string;
  language?: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;
const KEYS: Record<string, keyof TextMetadata> = {
  title: 'title',
  date: 'publishedAt',
  published: 'publishedAt',
  outlet: 'outlet',
  publisher: 'outlet',
  source: 'outlet',
  author: 'author',
  url: 'url',
  language: 'language',
  lang: 'language',
};

/** `key: value` lines of a Markdown front matter block (the flat subset of YAML that notes use). */
function readFrontMatter(block: string): TextMetadata {
  const meta: TextMetadata = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    const key = m && KEYS[m[1]!.toLowerCase()];
    if (!key || !m[2]) continue;
    const value = m[2].replace(/^(['"])(.*)\1$/, '$2');
    meta[key] = key === 'publishedAt' ? (parseDateLine(value) ?? undefined) : value;
  }
  return meta;
}

/** A best guess of the language from the script the letters are written in; Pashto has letters Dari lacks. */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const latin = count(/\p{Script=Latin}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const arabic = count(/\p{Script=Arabic}/gu);
  const total = latin + cyrillic + arabic;
  if (total < 20) return undefined;
  if (arabic / total > 0.5) return count(/[ټډړږښګڼېۍځڅ]/gu) > 0 ? 'ps' : 'fa';
  if (cyrillic / total > 0.5) return /[ғӣқӯҳҷ]/iu.test(sample) ? 'tg' : 'ru';
  if (latin / total > 0.5) return 'en';
  return undefined;
}

/**
 * What the top of a text or Markdown report says about itself: front matter, the first heading
 * or line as the title, and the dateline as the publication date.
 */
export function readTextMetadata(text: string): TextMetadata {
  let body = text;
  let meta: TextMetadata = {};
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    meta = readFrontMatter(fm[1]!);
    body = text.slice(fm[0].length);
  }
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 8);
  if (!meta.publishedAt) {
    for (const line of lines.slice(0, 5)) {
      const date = parseDateLine(line);
      if (date) {
        meta.publishedAt = date;
        break;
      }
    }
  }
  if (!meta.title) {
    const heading = lines.find((l) => /^#{1,6}\s+\S/.test(l));
    const first = heading ?? lines.find((l) => !isDateOnlyLine(l) && !parseDateLineAlone(l));
    if (first) meta.title = cleanTitle(first);
  }
  const language = meta.language ?? guessLanguage(body);
  return { ...meta, ...(language ? { language } : {}) };
}

/** A line that is nothing but a dateline ("Kabul, 9 October 2021") is not a title. */
function parseDateLineAlone(line: string): boolean {
  return parseDateLine(line) !== undefined && line.length < 60 && !/[.!?]\s+\S/.test(line);
}

function cleanTitle(line: string): string {
  const t = line.replace(/^#{1,6}\s+/, '').replace(/[*_`]+/g, '').trim();
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}
