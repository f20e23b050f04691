import { describe, expect, it } from 'vitest';
import { ALIAS_GROUPS, hasCriteria, parseQuery, periodBound, type Alternative, type Clause } from '../../../shared/search';

const tokens = (c: Clause | undefined) => c?.alternatives.map((a) => a.tokens.join(' '));
const typed = (c: Clause | undefined): Alternative | undefined => c?.alternatives.find((a) => !a.alias);

describe('parseQuery', () => {
  it('requires every word, folding each; the last word (still being typed) is also a prefix', () => {
    const q = parseQuery('Border CHECKPOINTS kund');
    expect(q.required.map((c) => typed(c)?.tokens)).toEqual([['border'], ['checkpoints'], ['kund']]);
    expect(q.required.map((c) => typed(c)?.prefix)).toEqual([false, false, true]);
    expect(parseQuery('border ').required[0]!.alternatives[0]!.prefix).toBe(false);
    expect(parseQuery('bord* crossing').required[0]!.alternatives[0]).toMatchObject({ tokens: ['bord'], prefix: true });
  });

  it('marks words of 4 letters or more for typo matching, never numbers', () => {
    const q = parseQuery('isk border 2021 ');
    expect(q.required.map((c) => typed(c)?.fuzzy)).toEqual([false, true, false]);
  });

  it('reads "exact phrases", also unterminated, and splits hyphenated words into a phrase', () => {
    const q = parseQuery('"Border Crossing" Dasht-e "mobile networks');
    expect(q.required.map((c) => c.alternatives[0])).toEqual([
      { tokens: ['border', 'crossing'], prefix: false, fuzzy: false, alias: false },
      { tokens: ['dasht', 'e'], prefix: false, fuzzy: false, alias: false },
      { tokens: ['mobile', 'networks'], prefix: false, fuzzy: false, alias: false },
    ]);
  });

  it('excludes -words and -"phrases", exactly', () => {
    const q = parseQuery('kabul -drills -"joint patrols"');
    expect(q.required).toHaveLength(1);
    expect(q.excluded.map((c) => c.alternatives[0])).toEqual([
      { tokens: ['drills'], prefix: false, fuzzy: false, alias: false },
      { tokens: ['joint', 'patrols'], prefix: false, fuzzy: false, alias: false },
    ]);
  });

  it('reads tag:, type:, grade:, from:, to: and in:map, and their negations', () => {
    const q = parseQuery('tag:#Border/Panj -tag:drugs type:note,EVENTS -type:source grade:c-a from:2021-10 to:2021-10-31 in:map');
    expect(q).toMatchObject({
      tags: ['border/panj'],
      excludedTags: ['drugs'],
      types: ['note', 'event'],
      excludedTypes: ['source'],
      grade: { from: 'A', to: 'C' },
      from: '2021-10-01',
      to: '2021-10-31',
      inMap: true,
      warnings: [],
    });
    expect(parseQuery('grade:B').grade).toEqual({ from: 'B', to: 'B' });
    expect(parseQuery('from:2021 to:2022-02').to).toBe('2022-02-28');
    expect(hasCriteria(parseQuery('type:event'))).toBe(true);
    expect(hasCriteria(parseQuery('  '))).toBe(false);
  });

  it('leaves out what it does not understand, saying why, and keeps unknown operators as words', () => {
    const q = parseQuery('grade:Z from:2021-02-30 type:memo in:kabul -grade:A tag: foo:bar');
    expect(q.grade).toBeUndefined();
    expect(q.from).toBeUndefined();
    expect(q.warnings).toHaveLength(5);
    expect(q.warnings[0]).toMatch(/grade:Z.*A to F/);
    expect(q.warnings[1]).toMatch(/from:2021-02-30.*YYYY-MM-DD/);
    expect(q.required.map((c) => typed(c)?.tokens)).toEqual([['tag'], ['foo', 'bar']]);
  });

  it('validates periods', () => {
    expect(periodBound('2024-02', true)).toBe('2024-02-29');
    expect(periodBound('2023-02-29', false)).toBeUndefined();
    expect(periodBound('2021-13', false)).toBeUndefined();
    expect(periodBound('21-10-01', false)).toBeUndefined();
  });
});

describe('aliases', () => {
  it('expands a name to every spelling in the table: ISIS = Islamic State = ISKP = Daesh = ИГИЛ = داعش', () => {
    const [c] = parseQuery('ISIS ').required;
    expect(tokens(c)).toEqual(expect.arrayContaining(['isis', 'islamic state', 'iskp', 'daesh', 'игил', 'داعش']));
    // …and the other way round, from any of them, multi-word names included.
    for (const q of ['Daesh ', 'ИГИЛ ', 'داعش ', 'Islamic State ', 'iskp ']) expect(tokens(parseQuery(q).required[0])).toEqual(expect.arrayContaining(['isis', 'daesh', 'игил', 'داعش']));
    expect(parseQuery('Islamic State border').required).toHaveLength(2);
  });

  it('knows the region: Rahmon = Rakhmon = Рахмон, Kabul = Кабул = کابل, CSTO = ОДКБ, Taliban = Талибан = طالبان', () => {
    expect(tokens(parseQuery('Rakhmon ').required[0])).toEqual(expect.arrayContaining(['rahmon', 'рахмон']));
    expect(tokens(parseQuery('کابل ').required[0])).toEqual(expect.arrayContaining(['kabul', 'кабул']));
    expect(tokens(parseQuery('ОДКБ ').required[0])).toEqual(expect.arrayContaining(['csto', 'collective security treaty organization']));
    expect(tokens(parseQuery('Талибан ').required[0])).toEqual(expect.arrayContaining(['taliban', 'طالبان']));
  });

  it('recognises Russian case endings of starred names, and matches those names as prefixes', () => {
    const [c] = parseQuery('Кабуле ').required;
    expect(tokens(c)).toEqual(expect.arrayContaining(['kabul', 'کابل']));
    expect(c!.alternatives.find((a) => a.tokens[0] === 'кабул')).toMatchObject({ prefix: true, alias: true });
  });

  it('expands the abbreviation IS only as typed, and never looks for the word "is"', () => {
    const [c] = parseQuery('IS attack').required;
    expect(tokens(c)).toContain('daesh');
    expect(tokens(c)).not.toContain('is');
    expect(tokens(parseQuery('what is ').required[1])).toEqual(['is']);
    expect(tokens(parseQuery('-IS').excluded[0])).not.toContain('is');
  });

  it('takes a name only as whole words, and excludes a name with all its spellings', () => {
    expect(parseQuery('ISIS-Kabul ').required).toHaveLength(1);
    expect(tokens(parseQuery('ISIS-Kabul ').required[0])).toEqual(['isis kabul']);
    expect(tokens(parseQuery('kabul -daesh').excluded[0])).toEqual(expect.arrayContaining(['isis', 'داعش']));
  });

  it('has no name in two groups (a word would expand to two unrelated things)', () => {
    const seen = new Map<string, string>();
    for (const g of ALIAS_GROUPS) {
      for (const name of g.names) {
        const key = name.toLowerCase();
        expect(seen.get(key), `${name} is in ${seen.get(key)} and ${g.label}`).toBeUndefined();
        seen.set(key, g.label);
      }
    }
  });
});
