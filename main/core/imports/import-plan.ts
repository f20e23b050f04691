import type { Credibility, Event, OriginalFile, Reliability, Source, SourceKind } from '../../../shared/model';
import { normalizeTags } from '../tags';
import type { DocumentMetadata } from './document';

/** What the caller asked for, beyond the file: applied to every source an import creates. */
export interface ImportOptions {
  title?: string;
  reliability?: Reliability;
  credibility?: Credibility;
  kind?: SourceKind;
  tags?: string[];
}

/** A source to create once its text is in blobs/ (the text's hash completes it). */
export interface PlannedSource {
  fields: Omit<Source, 'textHash' | 'textLength'>;
  text: string;
}

/**
 * Everything one file becomes, decided before anything is written: the sources (the first is the
 * one the import answers with), their texts, and events. Applied as one transaction.
 */
export interface ImportPlan {
  sources: PlannedSource[];
  events: Event[];
  /** When nothing is new (every record was in the notebook already): the item to answer with. */
  existing?: Source;
}

/** The common fields of a source created by an import. */
export function sourceFields(args: {
  id: string;
  title: string;
  meta: DocumentMetadata;
  options: ImportOptions;
  original: OriginalFile;
  now: Date;
  defaultKind?: SourceKind;
  extraTags?: string[];
}): PlannedSource['fields'] {
  const { meta, options, now } = args;
  return {
    id: args.id,
    title: args.title.slice(0, 500),
    ...(meta.outlet ? { outlet: meta.outlet.slice(0, 300) } : {}),
    ...(meta.author ? { author: meta.author.slice(0, 500) } : {}),
    ...(meta.url && /^(https?|ftp|mailto):/i.test(meta.url) ? { url: meta.url } : {}),
    ...(meta.language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(meta.language) ? { language: meta.language } : {}),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
    kind: options.kind ?? meta.kind ?? args.defaultKind ?? 'other',
    reliability: options.reliability ?? 'F',
    credibility: options.credibility ?? 6,
    tags: normalizeTags([...(options.tags ?? []), ...(args.extraTags ?? [])]),
    summary: '',
    original: args.original,
    created: now.toISOString(),
    updated: now.toISOString(),
  };
}
