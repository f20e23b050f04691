import { Tag } from '../../../shared/model';

/**
 * The tags input: words separated by spaces or commas, each with or without a leading `#`
 * ("#kabul border/panj, isis-k"). Shown back as `#kabul #border/panj #isis-k`.
 */
export function parseTags(text: string): { tags: string[]; invalid: string[] } {
  const tags: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const word of text.split(/[\s,]+/u)) {
    const tag = word.replace(/^#+/u, '');
    if (!tag) continue;
    if (!Tag.safeParse(tag).success) {
      invalid.push(word);
      continue;
    }
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return { tags, invalid };
}

export const formatTags = (tags: readonly string[]): string => tags.map((t) => `#${t}`).join(' ');

export const sameTags = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((t, i) => t === b[i]);
