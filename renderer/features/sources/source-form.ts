import type { Source, SourceKind, SourcePatch } from '../../../shared/model';

/** The editable metadata of a source as the form holds it: every field a string. */
export interface SourceDraft {
  title: string;
  outlet: string;
  author: string;
  publishedAt: string;
  accessedAt: string;
  url: string;
  kind: SourceKind;
  language: string;
  tags: string;
  summary: string;
}

export function draftFromSource(s: Source): SourceDraft {
  return {
    title: s.title,
    outlet: s.outlet ?? '',
    author: s.author ?? '',
    publishedAt: s.publishedAt ?? '',
    accessedAt: s.accessedAt ?? '',
    url: s.url ?? '',
    kind: s.kind,
    language: s.language ?? '',
    tags: s.tags.join(' '),
    summary: s.summary,
  };
}

/** Tags typed as words separated by spaces or commas; a leading # is dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[\s,]+/u)) {
    const tag = raw.replace(/^#+/, '');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

const CLEARABLE = ['outlet', 'author', 'publishedAt', 'accessedAt', 'url', 'language'] as const;

/**
 * Only what changed, so a save never rewrites a field someone else edited meanwhile. An emptied
 * optional field becomes `null`, which clears it; main validates everything else.
 */
export function patchFromDraft(draft: SourceDraft, source: Source): SourcePatch {
  const before = draftFromSource(source);
  const patch: SourcePatch = {};
  if (draft.title.trim() !== before.title) patch.title = draft.title.trim();
  for (const key of CLEARABLE) {
    const value = draft[key].trim();
    if (value !== before[key]) patch[key] = value === '' ? null : value;
  }
  if (draft.kind !== before.kind) patch.kind = draft.kind;
  const tags = parseTags(draft.tags);
  if (tags.join(' ') !== source.tags.join(' ')) patch.tags = tags;
  if (draft.summary !== before.summary) patch.summary = draft.summary;
  return patch;
}
