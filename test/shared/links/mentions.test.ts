import { describe, it, expect } from 'vitest';
import { findMentions } from '../../../shared/links/mentions';

const found = (text: string, title: string) => findMentions(text, title).map((m) => text.slice(m.start, m.end));

describe('findMentions', () => {
  it('finds whole-word, case-insensitive occurrences with offsets', () => {
    const text = 'Kabul fell. In KABUL, and kabul.';
    expect(findMentions(text, 'Kabul').map((m) => [m.start, m.end])).toEqual([
      [0, 5],
      [15, 20],
      [26, 31],
    ]);
  });

  it('respects word boundaries', () => {
    expect(found('Kabuli rice, Kabul2, xKabul, Kabul-based, (Kabul)', 'Kabul')).toEqual(['Kabul', 'Kabul']);
  });

  it('matches a multi-word title across any whitespace', () => {
    expect(found('at Kabul\n  airport today', 'Kabul Airport')).toEqual(['Kabul\n  airport']);
  });

  it('excludes wikilinks, citations and code', () => {
    const text = '[[Kabul]] [[X|Kabul]] [@s_a, "Kabul"] `Kabul`\n```\nKabul\n```\nKabul';
    expect(findMentions(text, 'Kabul').map((m) => m.start)).toEqual([text.lastIndexOf('Kabul')]);
  });

  it('works for Cyrillic', () => {
    expect(found('В ДУШАНБЕ и Душанбеи, душанбе.', 'Душанбе')).toEqual(['ДУШАНБЕ', 'душанбе']);
  });

  it('works for Arabic script', () => {
    const text = 'در کابل و کابلی، [[کابل]]؛ کابل.';
    expect(found(text, 'کابل')).toEqual(['کابل', 'کابل']);
    expect(findMentions(text, 'کابل').map((m) => m.start)).toEqual([3, 27]);
  });

  it('treats a combining mark as part of the word', () => {
    expect(found('Cafe\u0301 and Café', 'Cafe')).toEqual([]);
    expect(found('Cafe\u0301 and Café', 'Café')).toEqual(['Cafe\u0301', 'Café']);
  });

  it('ignores titles shorter than 3 characters', () => {
    expect(findMentions('UN UN UN', 'UN')).toEqual([]);
    expect(findMentions('the UNO', 'UNO')).toHaveLength(1);
  });

  it('gives about 60 characters of one-line context, cut at word breaks', () => {
    const text =
      'Earlier paragraph that is long enough to be cut away entirely.\n\nconvoys   reached\nKabul from the north on Tuesday morning, then turned back again later.';
    const [m] = findMentions(text, 'Kabul');
    expect(m?.context).toBe('convoys reached Kabul from the north on Tuesday');
    expect(m!.context.length).toBeLessThanOrEqual(65);
  });

  it('does not chop a paragraph\'s first word and keeps surrogate pairs whole', () => {
    expect(findMentions('intro\n\nKabul.', 'Kabul')[0]?.context).toBe('Kabul.');
    const emoji = '🙂'.repeat(20);
    // Offsets chosen so both 30-unit cuts land between the halves of an emoji.
    const [m] = findMentions(`${emoji}-Kabul!${emoji}`, 'Kabul');
    expect(m?.context).toBe(`${'🙂'.repeat(15)}-Kabul!${'🙂'.repeat(15)}`);
  });
});
