import { describe, expect, it } from 'vitest';
import { formatInstant, formatSize, languageName } from '../../../../renderer/features/sources/format';
import { dateAtPrecision } from '../../../../renderer/features/sources/FoundNames';
import { drawableHighlights, segmentParagraph } from '../../../../renderer/features/sources/found-marks';
import { normalizeExcerpt, splitParagraphs } from '../../../../renderer/features/sources/paragraphs';
import type { Highlight } from '../../../../shared/model';
import { locatorProblem } from '../../../../renderer/features/sources/selection';
import { draftFromSource, parseTags, patchFromDraft } from '../../../../renderer/features/sources/source-form';
import { source } from './source-fixtures';

const texts = (s: string) => splitParagraphs(s).map((p) => p.text);

describe('splitParagraphs', () => {
  it('splits at blank lines, keeps line breaks inside a paragraph, drops empty ones', () => {
    expect(texts('Kunduz, 8 October\r\n\r\nTitle\n\n\n\nline one\r\nline two\n  \n')).toEqual(['Kunduz, 8 October', 'Title', 'line one\nline two']);
  });
  it('treats a line of spaces as a blank line and returns nothing for an empty text', () => {
    expect(texts('a\n \t \nb')).toEqual(['a', 'b']);
    expect(texts('')).toEqual([]);
    expect(texts('\n\n  \n')).toEqual([]);
  });
  it('leaves markup alone: it is text', () => {
    expect(texts('<img src=x onerror=alert(1)>')).toEqual(['<img src=x onerror=alert(1)>']);
  });
  it('says where each paragraph is in the original text, line ends and all', () => {
    const text = '\r\nKunduz, 8 October\r\n\r\n  Title  \n\n\nline one\r\nline two\n';
    for (const p of splitParagraphs(text)) expect(text.slice(p.start, p.end).replace(/\r\n?/g, '\n')).toBe(p.text);
    expect(splitParagraphs(text).map((p) => p.start)).toEqual([2, 23, 35]);
  });
});

describe('marks in a paragraph', () => {
  const text = 'On Friday a bomb hit Kunduz.\n\nISKP said so on Friday.';
  const h = (needle: string, kind: Highlight['kind'], from = 0): Highlight => ({ start: text.indexOf(needle, from), end: text.indexOf(needle, from) + needle.length, kind, label: needle });
  const marks = drawableHighlights([h('Kunduz', 'place'), h('Friday', 'date'), h('Friday', 'date', 20), h('ISKP', 'organization'), h('Fri', 'person'), { start: 3, end: 3, kind: 'place', label: '' }]);
  const show = (segments: ReturnType<typeof segmentParagraph>) => segments.map((s) => (s.found ? `[${s.text}]` : s.text)).join('');

  it('keeps one mark per character: the earlier, or the longer at the same start; drops empty ones', () => {
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['Friday', 'Kunduz', 'ISKP', 'Friday']);
  });
  it('cuts each paragraph into plain and marked runs that put the paragraph back together', () => {
    const [first, second] = splitParagraphs(text);
    expect(show(segmentParagraph(text, first!, marks))).toBe('On [Friday] a bomb hit [Kunduz].');
    expect(show(segmentParagraph(text, second!, marks))).toBe('[ISKP] said so on [Friday].');
    expect(show(segmentParagraph(text, first!, []))).toBe(first!.text);
  });
  it('cuts a mark that runs over a paragraph’s edge to the paragraph', () => {
    const [first, second] = splitParagraphs(text);
    const straddling = [{ start: text.indexOf('Kunduz'), end: text.indexOf('ISKP') + 4, kind: 'place' as const, label: 'x' }];
    expect(show(segmentParagraph(text, first!, straddling))).toBe('On Friday a bomb hit [Kunduz.]');
    expect(show(segmentParagraph(text, second!, straddling))).toBe('[ISKP] said so on Friday.');
  });
});

describe('normalizeExcerpt', () => {
  it('collapses line breaks and runs of spaces, and trims', () => {
    expect(normalizeExcerpt('  at least 46\n people   were\tkilled \n')).toBe('at least 46 people were killed');
  });
});

describe('locatorProblem', () => {
  it('refuses what would end a citation early', () => {
    expect(locatorProblem('p. 4')).toBeUndefined();
    expect(locatorProblem('§ 3')).toBeUndefined();
    for (const bad of ['p. 4; p. 5', 'p. "4"', 'p. 4]', 'p.\n4']) expect(locatorProblem(bad), bad).toMatch(/may not contain/);
  });
});

describe('source form', () => {
  it('sends only what changed', () => {
    const s = source({ outlet: 'Pajhwok' });
    expect(patchFromDraft(draftFromSource(s), s)).toEqual({});
    expect(patchFromDraft({ ...draftFromSource(s), author: ' Ahmad ' }, s)).toEqual({ author: 'Ahmad' });
  });
  it('clears an emptied optional field with null', () => {
    const s = source({ outlet: 'Pajhwok', url: 'https://pajhwok.example/x' });
    expect(patchFromDraft({ ...draftFromSource(s), outlet: '', url: '  ' }, s)).toEqual({ outlet: null, url: null });
  });
  it('reads tags as words, without # and duplicates', () => {
    expect(parseTags('#kunduz, iskp  Kunduz border/panj')).toEqual(['kunduz', 'iskp', 'border/panj']);
    const s = source();
    expect(patchFromDraft({ ...draftFromSource(s), tags: 'kunduz #iskp' }, s)).toEqual({ tags: ['kunduz', 'iskp'] });
  });
  it('passes a changed kind and title, trimmed; an empty title goes to main to refuse', () => {
    const s = source();
    expect(patchFromDraft({ ...draftFromSource(s), kind: 'interview', title: ' New ' }, s)).toEqual({ kind: 'interview', title: 'New' });
    expect(patchFromDraft({ ...draftFromSource(s), title: '' }, s)).toEqual({ title: '' });
  });
});

describe('formatting', () => {
  it('gives sizes readably, with the exact byte count', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(324)).toBe('324 bytes');
    expect(formatSize(1536)).toBe('1.5 KB (1,536 bytes)');
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB (5,242,880 bytes)');
  });
  it('shows instants in UTC to the minute and dates as they are', () => {
    expect(formatInstant('2021-10-09T08:00:00.000Z')).toBe('2021-10-09 08:00 UTC');
    expect(formatInstant('2021-10-08')).toBe('2021-10-08');
  });
  it('names common languages and keeps the tag', () => {
    expect(languageName('fa')).toBe('Persian (Dari) (fa)');
    expect(languageName('fa-AF')).toBe('Dari (fa-AF)');
    expect(languageName('xx')).toBe('xx');
  });
});

describe('found dates', () => {
  it('are shown as precisely as the text gives them', () => {
    expect(dateAtPrecision({ date: '2021-08-01', precision: 'month' })).toBe('2021-08');
    expect(dateAtPrecision({ date: '2023-06-05', precision: 'week' })).toBe('week of 2023-06-05');
    expect(dateAtPrecision({ date: '2021-10-07', precision: 'day' })).toBe('2021-10-07');
    expect(dateAtPrecision({ date: '2021-10-07', precision: 'approximate' })).toBe('about 2021-10-07');
  });
});
