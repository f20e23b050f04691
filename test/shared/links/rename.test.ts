import { describe, it, expect } from 'vitest';
import { isLinkableTitle, rewriteLinksForRename } from '../../../shared/links/rename';

describe('rewriteLinksForRename', () => {
  it('rewrites every form, keeping headings, labels and spacing exactly', () => {
    const text = '[[Kabul Airport]] [[Kabul Airport|the airport]] [[Kabul Airport#Runway]] [[ Kabul Airport #Runway|KBL ]]';
    expect(rewriteLinksForRename(text, 'Kabul Airport', 'Hamid Karzai International')).toEqual({
      text:
        '[[Hamid Karzai International]] [[Hamid Karzai International|the airport]] ' +
        '[[Hamid Karzai International#Runway]] [[ Hamid Karzai International #Runway|KBL ]]',
      count: 4,
    });
  });

  it('matches the old title case- and whitespace-insensitively', () => {
    expect(rewriteLinksForRename('see [[kabul airport]] and [[KABUL  AIRPORT|x]]', 'Kabul Airport', 'KBL')).toEqual({
      text: 'see [[KBL]] and [[KBL|x]]',
      count: 2,
    });
  });

  it('leaves other links, ids, plain text and code alone', () => {
    const text = 'Kabul Airport [[Kabul]] [[n_01j9x3k7q2mv]] `[[Kabul Airport]]`\n```\n[[Kabul Airport]]\n```\n[[Kabul Airport]]';
    const result = rewriteLinksForRename(text, 'Kabul Airport', 'KBL');
    expect(result.count).toBe(1);
    expect(result.text).toBe(text.replace(/\[\[Kabul Airport\]\]$/, '[[KBL]]'));
  });

  it('renames Cyrillic titles with case folding', () => {
    expect(rewriteLinksForRename('[[душанбе|столица]]', 'Душанбе', 'Dushanbe')).toEqual({ text: '[[Dushanbe|столица]]', count: 1 });
  });

  it('trims the new title', () => {
    expect(rewriteLinksForRename('[[A]]', 'A', '  B  ').text).toBe('[[B]]');
  });

  it('returns the text unchanged with count 0 when nothing links', () => {
    expect(rewriteLinksForRename('no links', 'A', 'B')).toEqual({ text: 'no links', count: 0 });
  });

  it('refuses titles that cannot be linked', () => {
    for (const bad of ['A|B', 'A#B', 'A ]] B', 'A [[ B', '', '   ', 'A\nB']) {
      expect(() => rewriteLinksForRename('[[A]]', 'A', bad), bad).toThrow(/could not be linked/);
    }
  });
});

describe('isLinkableTitle', () => {
  it('accepts ordinary titles in any script, single brackets inside', () => {
    for (const ok of ['Kabul Airport', 'Душанбе', 'کابل', 'Report [draft] 2', 'a[b', 'Q&A: 2024/25']) {
      expect(isLinkableTitle(ok), ok).toBe(true);
    }
  });

  it('rejects what would end the target or the link', () => {
    for (const bad of ['a|b', 'a#b', 'a]]b', 'a[[b', '[lead', 'trail]', '', 'a\rb']) {
      expect(isLinkableTitle(bad), bad).toBe(false);
    }
  });
});
