import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Highlight } from '../../../shared/model';
import { useStoredState } from '../../ui/use-stored-state';
import { FOUND_KINDS, FoundLegend, ParagraphText } from './FoundMarks';
import { drawableHighlights } from './found-marks';
import { splitParagraphs } from './paragraphs';
import { isPickKey, nextPick, rangeOfText, sentenceUnits, type Pick } from './keyboard-excerpt';
import { locatorProblem, selectedTextWithin, selectionAnchor } from './selection';

/** Paragraphs rendered at first; a huge text shows the rest on request. */
export const FIRST_PARAGRAPHS = 2000;

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const preview = (s: string) => (s.length > 160 ? `${s.slice(0, 120)} … ${s.slice(-30)}` : s);

/** Where the reader should take the analyst: a stretch of the text (an event candidate's sentence). */
export interface TextFocus {
  start: number;
  end: number;
  /** Changes each time the same stretch is asked for again, so it scrolls again. */
  nonce: number;
}

interface SourceTextProps {
  text: string;
  language?: string | undefined;
  /** What extraction found, marked in the text when the analyst wants it (undefined: not looked yet). */
  found?: readonly Highlight[] | undefined;
  focus?: TextFocus | undefined;
  /** Quote in the note opened last ('last'; a new note if none was), or in a new note ('new'). */
  onQuote(excerpt: string, locator: string | undefined, into: 'last' | 'new'): Promise<void>;
}

/**
 * The full text as plain React text nodes (imported text is hostile: it is never parsed as HTML),
 * one paragraph per `<p dir="auto">` so that Dari and Pashto paragraphs read right to left.
 * Selecting part of it, with the mouse or the keyboard, enables "Quote in note". Places, dates, people and organisations that
 * extraction found are marked (a toggle turns the marks off).
 */
export function SourceText({ text, language, found, focus, onQuote }: SourceTextProps) {
  const uid = useId();
  const regionRef = useRef<HTMLElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [excerpt, setExcerpt] = useState('');
  const [anchor, setAnchor] = useState<{ top: number; left: number }>();
  const [locator, setLocator] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [keepBreaks, setKeepBreaks] = useStoredState('frontier.reader.keepLineBreaks', false, isBool);
  const [limit, setLimit] = useState(FIRST_PARAGRAPHS);
  const [showFound, setShowFound] = useStoredState('frontier.reader.markFound', true, isBool);
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const latestMarks = useMemo(() => (found && showFound ? drawableHighlights(found) : []), [found, showFound]);
  // Marking re-renders the paragraphs, which replaces the text nodes a selection lies in: marks that
  // arrive while a passage is picked for quoting wait until it is let go of.
  const [marks, setMarks] = useState(latestMarks);
  useEffect(() => {
    if (!excerpt) setMarks(latestMarks);
  }, [latestMarks, excerpt]);
  // The analyst's own toggle applies at once.
  useEffect(() => setMarks(latestMarks), [showFound]);
  const focused = focus ? paragraphs.findIndex((p) => p.end > focus.start) : -1;

  // An event candidate's "Show in text": show its paragraph (all of them if it is past the first
  // ones) and scroll it to the middle.
  useEffect(() => {
    if (!focus || focused < 0) return;
    if (focused >= limit) return setLimit(paragraphs.length);
    regionRef.current?.querySelector('.source-focus')?.scrollIntoView({ block: 'center' });
  }, [focus, focused, limit, paragraphs.length]);

  const readSelection = useCallback(() => {
    const region = regionRef.current;
    const wrap = wrapRef.current;
    if (!region || !wrap) return;
    const selection = document.getSelection();
    const picked = selectedTextWithin(region, selection);
    if (picked) {
      setExcerpt(picked);
      setAnchor(selectionAnchor(selection, wrap));
      setError(undefined);
      return;
    }
    pick.current = undefined;
    setAnchor(undefined);
    // A click in the text (a collapsed selection there) lets go of the excerpt; moving to the
    // Locator field or the button keeps it.
    if (selection && selection.isCollapsed && selection.anchorNode && region.contains(selection.anchorNode)) setExcerpt('');
  }, []);

  useEffect(() => {
    const region = regionRef.current;
    document.addEventListener('selectionchange', readSelection);
    region?.addEventListener('mouseup', readSelection);
    region?.addEventListener('keyup', readSelection);
    return () => {
      document.removeEventListener('selectionchange', readSelection);
      region?.removeEventListener('mouseup', readSelection);
      region?.removeEventListener('keyup', readSelection);
    };
  }, [readSelection]);

  // Keyboard picking (keyboard-excerpt.ts): sentences of the paragraphs on screen.
  const shown = paragraphs.slice(0, limit);
  const units = useMemo(() => sentenceUnits(shown.map((p) => p.text), language), [paragraphs, limit, language]);
  const pick = useRef<Pick>(undefined);

  const quote = async (into: 'last' | 'new' = 'last') => {
    if (!excerpt) return;
    const problem = locatorProblem(locator);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await onQuote(excerpt, locator.trim() || undefined, into);
    } finally {
      setBusy(false);
    }
  };

  const onTextKey = (e: KeyboardEvent<HTMLElement>) => {
    const region = regionRef.current;
    if (!region || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' && excerpt) {
      e.preventDefault();
      return void quote(e.shiftKey ? 'new' : 'last');
    }
    if (e.key === 'Escape' && excerpt) {
      e.preventDefault();
      pick.current = undefined;
      document.getSelection()?.removeAllRanges();
      return setExcerpt('');
    }
    if (!isPickKey(e.key)) return;
    const next = nextPick(units, pick.current, e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    const first = units[Math.min(next.anchor, next.focus)]!;
    const last = units[Math.max(next.anchor, next.focus)]!;
    const from = region.querySelector(`p[data-para="${first.para}"]`);
    const to = region.querySelector(`p[data-para="${last.para}"]`);
    const start = from && rangeOfText(from, first.start, first.start);
    const end = to && rangeOfText(to, last.end, last.end);
    if (!start || !end) return;
    document.getSelection()?.setBaseAndExtent(start.startContainer, start.startOffset, end.endContainer, end.endOffset);
    pick.current = next;
    readSelection();
    to.scrollIntoView?.({ block: 'nearest' });
  };

  return (
    <div className="source-text-block">
      <div className="source-text-head">
        <h2>Text</h2>
        {found !== undefined && (
          <label className="source-toggle">
            <input type="checkbox" checked={showFound} onChange={(e) => setShowFound(e.target.checked)} />
            Mark what was found
          </label>
        )}
        <label className="source-toggle">
          <input type="checkbox" checked={keepBreaks} onChange={(e) => setKeepBreaks(e.target.checked)} />
          Keep line breaks
        </label>
      </div>
      {marks.length > 0 && <FoundLegend kinds={FOUND_KINDS.filter((k) => marks.some((m) => m.kind === k))} />}
      <div className="source-quote-bar" role="group" aria-label="Quote">
        <div className="source-quote-row">
          <label htmlFor={`${uid}-locator`}>Locator</label>
          <input id={`${uid}-locator`} value={locator} onChange={(e) => setLocator(e.target.value)} placeholder="p. 4" size={8} onKeyDown={(e) => e.key === 'Enter' && void quote()} />
          <button type="button" className="primary" disabled={!excerpt || busy} onClick={() => void quote()}>
            Quote in note
          </button>
          <button type="button" disabled={!excerpt || busy} onClick={() => void quote('new')}>
            Quote in new note
          </button>
        </div>
        <p className="source-selection" aria-live="polite" dir="auto" title={excerpt || undefined}>
          {excerpt ? <q>{preview(excerpt)}</q> : <span className="muted">Select a passage to quote it in a note.</span>}
        </p>
        <p className="source-keys muted" id={`${uid}-keys`}>
          In the text: ← → pick a sentence, ↑ ↓ a paragraph, Shift extends, Enter quotes (Shift+Enter in a new note), Escape lets go.
        </p>
        {error && (
          <p className="source-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="source-text-wrap" ref={wrapRef}>
        <section ref={regionRef} className={`source-text${keepBreaks ? ' source-keep-breaks' : ''}`} aria-label="Source text" aria-describedby={`${uid}-keys`} lang={language} tabIndex={0} onKeyDown={onTextKey}>
          {paragraphs.length === 0 && <p className="muted">This source has no text.</p>}
          {shown.map((p, i) => (
            <p key={i} data-para={i} dir="auto" className={i === focused ? 'source-focus' : undefined}>
              <ParagraphText source={text} paragraph={p} marks={marks} />
            </p>
          ))}
        </section>
        {paragraphs.length > limit && (
          <button type="button" className="source-more" onClick={() => setLimit(paragraphs.length)}>
            Show the remaining {(paragraphs.length - limit).toLocaleString('en-US')} paragraphs
          </button>
        )}
        {anchor && excerpt && (
          <button
            type="button"
            className="source-float-quote"
            style={{ top: anchor.top, left: anchor.left }}
            tabIndex={-1}
            aria-label="Quote the selection in a note"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void quote()}
          >
            ❝ Quote
          </button>
        )}
      </div>
    </div>
  );
}
