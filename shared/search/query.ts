import { aliasNames, matchAlias } from './aliases';
import { searchTerms } from './tokenize';

/**
 * The search query language, parsed the same way for the search box, `frontier search` and
 * dossier selection. Pure: the index (main/core/search) decides how each part is matched.
 *
 *   kabul border        every word (any script or alias, a typo, and the last word as a prefix)
 *   "border crossing"   the exact phrase
 *   -drills  -"a b"     leave out items with the word or phrase
 *   tag:isis-k          items with the tag (tag:border also finds border/panj)
 *   type:event          only notes, sources or events (type:note,source for two)
 *   grade:A-B           sources whose reliability is A to B
 *   from:2021-10-01 to:2021-10-31   events that day range touches, sources published in it
 *   in:map              only what lies inside the current map view
 */

export type SearchKind = 'note' | 'source' | 'event';
export type ReliabilityGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** One way a clause can match: a word (one token) or a phrase (several, in order). */
export interface Alternative {
  tokens: readonly string[];
  /** The last token also matches the words it begins. */
  prefix: boolean;
  /** A one-token alternative also matches words a typo away (one edit from 4 letters, two from 8). */
  fuzzy: boolean;
  /** Comes from the alias table rather than from what was typed (ranked a little lower). */
  alias: boolean;
}

/** A word, phrase or alias name that an item must contain (or, when excluded, must not). */
export interface Clause {
  /** As typed, for messages. */
  text: string;
  alternatives: Alternative[];
}

export interface ParsedQuery {
  required: Clause[];
  excluded: Clause[];
  tags: string[];
  excludedTags: string[];
  types: SearchKind[];
  excludedTypes: SearchKind[];
  grade?: { from: ReliabilityGrade; to: ReliabilityGrade };
  /** Inclusive calendar dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** in:map — the caller supplies the map view's bounds. */
  inMap: boolean;
  /** Parts of the query that were not understood and were left out, in words for the user. */
  warnings: string[];
}

/** The operators, for the search box's help and `frontier search --help`. */
export const QUERY_HELP: ReadonlyArray<{ syntax: string; meaning: string }> = [
  { syntax: 'kabul border', meaning: 'every word, in any script or spelling (Кабул, کابل), with typos and the last word as a prefix' },
  { syntax: '"border crossing"', meaning: 'the exact phrase' },
  { syntax: '-drills', meaning: 'leave out items with a word (or -"a phrase")' },
  { syntax: 'tag:isis-k', meaning: 'items with the tag (tag:border also finds border/panj)' },
  { syntax: 'type:event', meaning: 'only notes, sources or events (type:note,source)' },
  { syntax: 'grade:A-B', meaning: 'sources graded A to B for reliability' },
  { syntax: 'from:2021-10-01 to:2021-10-31', meaning: 'events in, and sources published in, the period (2021 or 2021-10 work too)' },
  { syntax: 'in:map', meaning: 'only what lies inside the current map view' },
];

const KINDS: Record<string, SearchKind> = { note: 'note', notes: 'note', source: 'source', sources: 'source', event: 'event', events: 'event' };
const GRADES = 'ABCDEF';
/** Shorter prefixes would expand to most of the vocabulary. */
const MIN_PREFIX = 2;

interface Unit {
  kind: 'word' | 'phrase' | 'operator';
  text: string;
  negated: boolean;
  /** Word typed with a trailing `*`, or the last word still being typed. */
  open?: boolean;
  key?: string;
  value?: string;
}

const OPERATOR = /^(tag|type|grade|from|to|in):(.+)$/i;

function lex(input: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close < 0 ? input.length : close;
      units.push({ kind: 'phrase', text: input.slice(i + 1, end), negated });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!)) end++;
    const text = input.slice(i, end);
    const op = OPERATOR.exec(text);
    if (op) units.push({ kind: 'operator', text, negated, key: op[1]!.toLowerCase(), value: op[2]! });
    else units.push({ kind: 'word', text, negated, open: text.endsWith('*') || end === input.length });
    i = end;
  }
  return units;
}

function wordAlternative(tokens: readonly string[], open: boolean): Alternative {
  const last = tokens[tokens.length - 1] ?? '';
  return {
    tokens,
    prefix: open && last.length >= MIN_PREFIX,
    fuzzy: tokens.length === 1 && last.length >= 4 && !/\d/.test(last),
    alias: false,
  };
}

/** One alternative per token sequence: a name typed and also in the alias table is looked up once. */
function distinct(alternatives: Alternative[]): Alternative[] {
  const byKey = new Map<string, Alternative>();
  for (const a of alternatives) {
    const key = a.tokens.join(' ');
    const seen = byKey.get(key);
    byKey.set(key, seen ? { tokens: a.tokens, prefix: seen.prefix || a.prefix, fuzzy: seen.fuzzy || a.fuzzy, alias: seen.alias && a.alias } : a);
  }
  return [...byKey.values()];
}

function aliasAlternatives(group: number): Alternative[] {
  return aliasNames(group).map((n) => ({ tokens: n.tokens, prefix: n.prefix, fuzzy: false, alias: true }));
}

/** A run of typed words: names in the alias table become one clause, other words one clause each. */
function wordClauses(run: Unit[]): Clause[] {
  const tokens: string[] = [];
  /** For each token: the word as typed when the token is all of it (for abbreviations), and its word. */
  const typed: string[] = [];
  const wordOf: number[] = [];
  run.forEach((u, w) => {
    const text = u.text.replace(/\*+$/, '');
    const own = searchTerms(text);
    for (const t of own) {
      tokens.push(t);
      typed.push(own.length === 1 ? text : '');
      wordOf.push(w);
    }
  });
  const clauses: Clause[] = [];
  let i = 0;
  while (i < tokens.length) {
    const w = wordOf[i]!;
    const match = matchAlias(tokens, typed, i);
    // A name must cover whole typed words: "ISIS-Kabul" is not the name "ISIS" plus half a word.
    const lastWord = match ? wordOf[i + match.length - 1]! : -1;
    if (match && (i === 0 || wordOf[i - 1] !== w) && wordOf[i + match.length] !== lastWord) {
      const words = run.slice(w, lastWord + 1);
      const typedAlternative = wordAlternative(tokens.slice(i, i + match.length), words[words.length - 1]!.open === true);
      clauses.push({
        text: words.map((u) => u.text).join(' '),
        alternatives: distinct([...(match.abbreviation ? [] : [typedAlternative]), ...aliasAlternatives(match.group)]),
      });
      i += match.length;
      continue;
    }
    let j = i;
    while (j < tokens.length && wordOf[j] === w) j++;
    clauses.push({ text: run[w]!.text, alternatives: [wordAlternative(tokens.slice(i, j), run[w]!.open === true)] });
    i = j;
  }
  return clauses;
}

function excludedClause(u: Unit): Clause | undefined {
  const tokens = searchTerms(u.text);
  if (tokens.length === 0) return undefined;
  const exact: Alternative = { tokens, prefix: false, fuzzy: false, alias: false };
  const match = u.kind === 'word' ? matchAlias(tokens, tokens.length === 1 ? [u.text] : [], 0) : undefined;
  if (!match || match.length !== tokens.length) return { text: u.text, alternatives: [exact] };
  const names = aliasAlternatives(match.group);
  return { text: u.text, alternatives: distinct(match.abbreviation ? names : [exact, ...names]) };
}

/** A date, month or year as the first or last day it covers; undefined when it is not one. */
export function periodBound(value: string, end: boolean): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (end ? 12 : 1) : Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] === undefined ? (end ? lastDay : 1) : Number(m[3]);
  if (day < 1 || day > lastDay) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function applyOperator(q: ParsedQuery, u: Unit): void {
  const value = u.value!.trim();
  const refuse = (why: string): void => void q.warnings.push(`${u.negated ? '-' : ''}${u.text}: ${why}; left out.`);
  switch (u.key) {
    case 'tag': {
      const tag = value.replace(/^#/, '').normalize('NFKC').toLowerCase();
      if (!tag) return refuse('no tag given');
      (u.negated ? q.excludedTags : q.tags).push(tag);
      return;
    }
    case 'type': {
      const kinds = value.toLowerCase().split(',').filter(Boolean);
      const unknown = kinds.filter((k) => !KINDS[k]);
      if (unknown.length > 0 || kinds.length === 0) return refuse('type is note, source or event');
      const list = u.negated ? q.excludedTypes : q.types;
      for (const k of kinds) if (!list.includes(KINDS[k]!)) list.push(KINDS[k]!);
      return;
    }
    case 'grade': {
      if (u.negated) return refuse('a grade range cannot be negated');
      const m = /^([A-Fa-f])(?:\s*(?:-|\.\.)\s*([A-Fa-f]))?$/.exec(value);
      if (!m) return refuse('a grade is a reliability letter or range, A to F (grade:A-B)');
      const a = m[1]!.toUpperCase() as ReliabilityGrade;
      const b = (m[2] ?? m[1]!).toUpperCase() as ReliabilityGrade;
      q.grade = GRADES.indexOf(a) <= GRADES.indexOf(b) ? { from: a, to: b } : { from: b, to: a };
      return;
    }
    case 'from':
    case 'to': {
      if (u.negated) return refuse('a date cannot be negated');
      const date = periodBound(value, u.key === 'to');
      if (!date) return refuse('a date is YYYY-MM-DD, YYYY-MM or YYYY');
      q[u.key] = date;
      return;
    }
    case 'in': {
      if (value.toLowerCase() !== 'map' || u.negated) return refuse('the only place is in:map');
      q.inMap = true;
      return;
    }
  }
}

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { required: [], excluded: [], tags: [], excludedTags: [], types: [], excludedTypes: [], inMap: false, warnings: [] };
  const units = lex(input);
  let run: Unit[] = [];
  const endRun = () => {
    if (run.length > 0) q.required.push(...wordClauses(run));
    run = [];
  };
  for (const u of units) {
    if (u.kind === 'word' && !u.negated) {
      run.push(u);
      continue;
    }
    endRun();
    if (u.kind === 'operator') applyOperator(q, u);
    else if (u.negated) {
      const clause = excludedClause(u);
      if (clause) q.excluded.push(clause);
    } else {
      const tokens = searchTerms(u.text);
      if (tokens.length > 0) q.required.push({ text: `"${u.text}"`, alternatives: [{ tokens, prefix: false, fuzzy: false, alias: false }] });
    }
  }
  endRun();
  if (q.from && q.to && q.from > q.to) {
    q.warnings.push(`from:${q.from} is after to:${q.to}; nothing can match.`);
  }
  return q;
}

/** Whether a parsed query asks for anything: words, phrases, or at least one filter. */
export function hasCriteria(q: ParsedQuery): boolean {
  return q.required.length > 0 || q.excluded.length > 0 || q.tags.length > 0 || q.excludedTags.length > 0 || q.types.length > 0 || q.excludedTypes.length > 0 || !!q.grade || !!q.from || !!q.to || q.inMap;
}
