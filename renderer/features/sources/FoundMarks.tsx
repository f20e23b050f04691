import { memo } from 'react';
import type { Highlight } from '../../../shared/model';
import { segmentParagraph } from './found-marks';
import type { Paragraph } from './paragraphs';

type Kind = Highlight['kind'];

export const FOUND_KINDS: readonly Kind[] = ['place', 'date', 'person', 'organization'];
const KIND_LABEL: Record<Kind, string> = { place: 'Place', date: 'Date', person: 'Person', organization: 'Organisation' };

/** What a mark says on hover and to a screen reader: what it was recognised as. */
const describe = (h: Highlight, text: string) => (h.label === text.replace(/\s+/g, ' ').trim() ? KIND_LABEL[h.kind] : `${KIND_LABEL[h.kind]}: ${h.label}`);

/**
 * One paragraph's text with what extraction found marked: plain text nodes and `<mark>`s, never
 * HTML. Memoised: selecting text re-renders the reader, and a long report has thousands of marks.
 */
export const ParagraphText = memo(function ParagraphText({ source, paragraph, marks }: { source: string; paragraph: Paragraph; marks: readonly Highlight[] }) {
  if (marks.length === 0) return <>{paragraph.text}</>;
  return (
    <>
      {segmentParagraph(source, paragraph, marks).map((s, i) =>
        s.found ? (
          <mark key={i} className={`found found-${s.found.kind}`} title={describe(s.found, s.text)} data-kind={s.found.kind}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
});

/** The key to the marks' colours, for the kinds present. */
export function FoundLegend({ kinds }: { kinds: readonly Kind[] }) {
  return (
    <p className="found-legend" aria-label="Marks in the text">
      {kinds.map((k) => (
        <mark key={k} className={`found found-${k}`}>
          {KIND_LABEL[k]}
        </mark>
      ))}
    </p>
  );
}
