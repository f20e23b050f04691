import type { OriginalFile, Source } from '../../../../shared/model';
import { sourceFields, type ImportOptions, type ImportPlan } from '../import-plan';
import type { CslItem } from './csl-items';

/** The reference as readable text: what the source reader shows and search finds. */
function itemText(item: CslItem): string {
  const line = [item.authors.join('; '), item.outlet, item.issuedText].filter(Boolean).join(' · ');
  return [item.title, line, item.url, item.key ? `Citation key: ${item.key}` : '', item.abstract, item.note].filter(Boolean).join('\n\n');
}

/**
 * Each CSL item becomes a source holding the export as its original file. An item whose address
 * (URL or DOI) a source in the notebook already has is skipped: re-exporting a collection that grew
 * adds only the new references.
 */
export function planCslImport(input: {
  items: CslItem[];
  original: OriginalFile;
  options: ImportOptions;
  now: Date;
  newId: (kind: 'source') => string;
  existingSources: Iterable<Source>;
}): ImportPlan {
  const byUrl = new Map<string, Source>();
  for (const s of input.existingSources) if (s.url) byUrl.set(s.url, s);
  const seen = new Set<string>();
  let existing: Source | undefined;
  const fresh = input.items.filter((item) => {
    if (!item.url) return true;
    const known = byUrl.get(item.url);
    if (known) existing ??= known;
    if (known || seen.has(item.url)) return false;
    seen.add(item.url);
    return true;
  });
  const single = input.items.length === 1;
  const sources = fresh.map((item) => ({
    fields: {
      ...sourceFields({
        id: input.newId('source'),
        title: (single && input.options.title) || item.title,
        meta: {
          ...(item.outlet ? { outlet: item.outlet } : {}),
          ...(item.authors.length ? { author: item.authors.join('; ') } : {}),
          ...(item.url ? { url: item.url } : {}),
          ...(item.language ? { language: item.language } : {}),
          ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
          kind: item.kind,
        },
        options: input.options,
        original: input.original,
        now: input.now,
      }),
      ...(item.accessedAt ? { accessedAt: item.accessedAt } : {}),
      summary: item.abstract ?? '',
    },
    text: itemText(item),
  }));
  return { sources, events: [], ...(sources.length === 0 && existing ? { existing } : {}) };
}
