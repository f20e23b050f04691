import { useEffect, useRef, useState } from 'react';
import type { Extraction, Source } from '../../../shared/model';
import { errorText, useApp } from '../../state/app-context';

export type ExtractionState = { state: 'looking' } | { state: 'found'; extraction: Extraction } | { state: 'failed'; problem: string };

/**
 * What extraction finds in a source, asked for when the source opens (main runs it in a worker
 * thread and keeps the answer, so it costs the reader nothing) and again when its publication
 * date changes, since relative dates ("on Thursday") are read against it.
 */
export function useExtraction(source: Pick<Source, 'id' | 'publishedAt'> | undefined): ExtractionState {
  const { call } = useApp();
  const [result, setResult] = useState<ExtractionState>({ state: 'looking' });
  const shownFor = useRef<string>(undefined);
  const id = source?.id;
  const publishedAt = source?.publishedAt;
  useEffect(() => {
    if (id === undefined) return;
    let stale = false;
    // A new source starts blank; a new date for the same one keeps the old answer until the new one comes.
    if (shownFor.current !== id) setResult({ state: 'looking' });
    shownFor.current = id;
    call('sources.extract', { id }).then(
      (extraction) => !stale && setResult({ state: 'found', extraction }),
      (err) => !stale && setResult({ state: 'failed', problem: errorText(err) }),
    );
    return () => {
      stale = true;
    };
  }, [call, id, publishedAt]);
  return result;
}
