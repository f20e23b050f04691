import nlp from 'compromise';
import { foldName } from '../../geo';
import { cyrillicStem } from '../places/place-index';
import { hasCase, isCapitalised, tokenize } from '../text/tokens';
import { ACTORS, type ActorEntry } from './actor-aliases';
import { nameKey } from './name-key';

export interface ActorMention {
  /** The name shown: the alias list's, or the longest spelling found. */
  name: string;
  kind: 'person' | 'organization';
  text: string;
  start: number;
  end: number;
}

interface AliasIndex {
  exact: Map<string, ActorEntry>;
  /** Acronyms and short all-capital names: only as written. */
  cased: Map<string, ActorEntry>;
  stems: Map<string, ActorEntry>;
  maxWords: number;
}

const ACRONYM = /^[\p{Lu}\p{N}-]{2,6}$/u;
let aliasIndex: AliasIndex | undefined;

function buildAliasIndex(): AliasIndex {
  const index: AliasIndex = { exact: new Map(), cased: new Map(), stems: new Map(), maxWords: 1 };
  for (const entry of ACTORS) {
    for (const spelling of entry.names) {
      if (ACRONYM.test(spelling)) index.cased.set(spelling, entry);
      else {
        const key = foldName(spelling);
        index.exact.set(key, entry);
        if (/\p{Script=Cyrillic}/u.test(key) && key.length >= 5) index.stems.set(cyrillicStem(key), entry);
      }
      index.maxWords = Math.max(index.maxWords, spelling.split(/[\s-]+/).length);
    }
  }
  return index;
}

const ENDINGS = ['ого', 'ому', 'ом', 'ой', 'ых', 'ым', 'ами', 'ах', 'ам', 'а', 'у', 'е', 'ы', 'и'];

function lookupAlias(index: AliasIndex, span: string): ActorEntry | undefined {
  const cased = index.cased.get(span);
  if (cased) return cased;
  const key = foldName(span);
  const exact = index.exact.get(key);
  if (exact || !/\p{Script=Cyrillic}$/u.test(key)) return exact;
  for (const e of ENDINGS) if (key.endsWith(e) && index.stems.has(cyrillicStem(key.slice(0, -e.length)))) return index.stems.get(cyrillicStem(key.slice(0, -e.length)));
  return undefined;
}

/** Actors from our alias list, longest spelling first; Latin and Cyrillic names must be capitalised unless the list writes them in lower case (талибы). */
function findAliased(text: string): ActorMention[] {
  const index = (aliasIndex ??= buildAliasIndex());
  const tokens = tokenize(text);
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(index.maxWords, tokens.length - i); n >= 1; n--) {
      const start = tokens[i]!.start;
      const end = tokens[i + n - 1]!.end;
      const span = text.slice(start, end);
      if (n > 1 && /[.,;:!?()]/.test(span)) continue;
      const entry = lookupAlias(index, span);
      if (!entry) continue;
      const first = tokens[i]!.text;
      const lowerAllowed = entry.names.some((s) => /^\p{Ll}/u.test(s) && foldName(s).startsWith(foldName(first).slice(0, 4)));
      if (hasCase(first) && !isCapitalised(first) && !lowerAllowed) continue;
      out.push({ name: entry.name, kind: entry.kind, text: span, start, end });
      matched = n;
      break;
    }
    i += matched || 1;
  }
  return out;
}

/** Words in front of a name that say who the person is, not what they are called. */
const TITLES = /^(?:(?:the|former|acting|deputy|first|chief|senior|foreign|defen[cs]e|interior|prime|supreme|tajik|russian|afghan|uzbek|taliban|provincial|district|police|army|security|military|border|local|group|movement)\s+)*(?:president|minister|ministers|spokesman|spokeswoman|spokesperson|leader|commander|governor|ambassador|envoy|official|chief|general|gen\.?|col\.?|colonel|lieutenant|major|captain|mullah|maulvi|mawlawi|sheikh|mr\.?|mrs\.?|ms\.?|dr\.?|head|secretary|director|representative|mayor|deputy)\s+/i;

/** A nationality alone ("Uzbek police detain 11" tags "Uzbek"): who the actor belongs to, not its name. */
const DEMONYM = /^(?:Afghans?|Tajiks?|Uzbeks?|Kyrgyz|Kazakhs?|Turkmens?|Russians?|Pakistanis?|Iranians?|Chinese|Ukrainians?|Americans?|Indians?|Pashtuns?|Hazaras?|Baloch|Chechens?|Dagestanis?)$/u;

/** A day or a month that compromise tags as an organisation ("On Tuesday, police detained …"): a date, not an actor. */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

const clean = (name: string) => {
  let n = name.replace(/[’']s$/u, '').replace(/[.,;:]+$/g, '').trim();
  for (let prev = ''; prev !== n; ) {
    prev = n;
    n = n.replace(TITLES, '');
  }
  return n.trim();
};

/**
 * People and organisations in English text that the alias list does not know, through compromise's
 * tagger: names must be capitalised words (at least two for a person, or one with a title before
 * it), without titles, and not a place or an actor already found.
 */
function findWithCompromise(text: string, isPlace: (name: string) => boolean): ActorMention[] {
  if (!/\p{Script=Latin}{3}/u.test(text)) return [];
  const doc = nlp(text);
  const out: ActorMention[] = [];
  const take = (kind: ActorMention['kind'], json: Array<{ text: string; offset?: { start: number; length: number } }>) => {
    for (const m of json) {
      if (!m.offset) continue;
      const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
      const name = clean(raw);
      if (!name || /\d/.test(name) || !/^\p{Lu}/u.test(name) || isPlace(name) || DEMONYM.test(name) || CALENDAR_WORD.test(name)) continue;
      const words = name.split(/\s+/);
      if (words.some((w) => !/^\p{Lu}/u.test(w) && !/^(of|the|and|for|al|bin|ul|ud|e|i|de|van|von)$/i.test(w))) continue;
      if (kind === 'person' && words.length < 2 && !TITLES.test(raw.slice(0, raw.length - name.length + 1) + ' ')) continue;
      const start = m.offset.start + raw.indexOf(name);
      out.push({ name, kind, text: name, start, end: start + name.length });
    }
  };
  take('person', doc.people().json({ offset: true }) as never);
  take('organization', doc.organizations().json({ offset: true }) as never);
  return out;
}

/**
 * People and organisations of the text: our alias list in every language, compromise for English
 * names it does not know. Spellings of one name are merged (Rahmon, Rakhmon; "Baradar" with
 * "Abdul Ghani Baradar" found elsewhere in the text), keeping the longest as the name.
 */
export function findActors(text: string, isPlace: (name: string) => boolean): ActorMention[] {
  const aliased = findAliased(text);
  const covered = (s: number, e: number) => aliased.some((a) => s < a.end && e > a.start);
  const known = new Set(aliased.map((a) => nameKey(a.name)));
  const found = findWithCompromise(text, isPlace).filter((m) => !covered(m.start, m.end) && !known.has(nameKey(m.name)));
  // One-word mentions take the full name of a person named in full elsewhere in the text.
  const full = found.filter((m) => m.name.includes(' '));
  for (const m of found) {
    if (m.name.includes(' ')) continue;
    const longer = full.find((f) => f.kind === m.kind && nameKey(f.name.split(' ').at(-1)!) === nameKey(m.name));
    if (longer) m.name = longer.name;
  }
  const byKey = new Map<string, string>();
  for (const m of found) {
    const key = `${m.kind}:${nameKey(m.name)}`;
    const seen = byKey.get(key);
    if (!seen || m.name.length > seen.length) byKey.set(key, m.name);
  }
  for (const m of found) m.name = byKey.get(`${m.kind}:${nameKey(m.name)}`)!;
  return [...aliased, ...found].sort((a, b) => a.start - b.start);
}
