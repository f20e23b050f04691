/** Tags as users type them: `#ISIS-K`, ` border ` → `ISIS-K`, `border`; duplicates (ignoring case) dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export const hasTag = (tags: readonly string[], tag: string): boolean => {
  const key = tag.replace(/^#+/, '').toLowerCase();
  return tags.some((t) => t.toLowerCase() === key);
};
