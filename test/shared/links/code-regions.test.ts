import { describe, it, expect } from 'vitest';
import { findCodeRegions, maskCode, maskRanges } from '../../../shared/links/code-regions';

const slices = (text: string) => findCodeRegions(text).map((r) => text.slice(r.start, r.end));

describe('findCodeRegions', () => {
  it('finds backtick and tilde fences, including their fence lines', () => {
    const text = 'a\n```ts\nx [[A]]\n```\nb\n~~~\ny\n~~~\nc';
    expect(slices(text)).toEqual(['```ts\nx [[A]]\n```', '~~~\ny\n~~~']);
  });

  it('closes a fence only with the same character, at least as long', () => {
    const text = '````\n```\n~~~\n````\nafter';
    expect(slices(text)).toEqual(['````\n```\n~~~\n````']);
  });

  it('runs an unclosed fence to the end of the text', () => {
    expect(slices('a\n```\nb\nc')).toEqual(['```\nb\nc']);
  });

  it('finds fences in list items and block quotes', () => {
    expect(slices('- item\n    ```\n    [[A]]\n    ```\n')).toEqual(['    ```\n    [[A]]\n    ```']);
    expect(slices('> ```\n> [[A]]\n> ```')).toEqual(['> ```\n> [[A]]\n> ```']);
  });

  it('does not treat indented text as code', () => {
    expect(findCodeRegions('para\n\n    [[A]] indented\n')).toEqual([]);
  });

  it('finds inline spans of one or more backticks', () => {
    expect(slices('a `x` b ``y ` z`` c')).toEqual(['`x`', '``y ` z``']);
  });

  it('leaves an unmatched backtick run literal', () => {
    expect(slices('a `` b ` c')).toEqual([]);
    expect(slices('a ``b` c `d`')).toEqual(['` c `']);
  });

  it('does not let a code span cross a blank line', () => {
    expect(slices('a `b\n\nc` d')).toEqual([]);
    expect(slices('a `b\nc` d')).toEqual(['`b\nc`']);
  });

  it('respects a backslash-escaped opening backtick', () => {
    expect(slices('\\`not code` but `code`')).toEqual(['` but `']);
  });

  it('handles CRLF line endings', () => {
    expect(slices('a\r\n```\r\nx\r\n```\r\nb')).toEqual(['```\r\nx\r\n```\r']);
  });
});

describe('masking', () => {
  it('keeps the length and blanks code with NUL', () => {
    const masked = maskCode('a `b` c');
    expect(masked).toBe('a \0\0\0 c');
  });

  it('merges overlapping ranges', () => {
    expect(maskRanges('abcdef', [{ start: 3, end: 5 }, { start: 1, end: 4 }], '-')).toBe('a----f');
  });
});
