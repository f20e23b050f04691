import { FrontierError } from '../../../shared/ipc/errors';
import type { CandidateReview, Event, Source } from '../../../shared/model';
import type { CoreContext } from '../context';
import type { EventDraft } from '../events/events-service';

const EMPTY: CandidateReview = { dismissed: [], accepted: [] };

/** Checks that a candidate key ("start-end") names a stretch of the source's text. */
function checkKey(source: Source, key: string): void {
  const [start, end] = key.split('-').map(Number) as [number, number];
  if (!(start < end && end <= source.textLength)) {
    throw new FrontierError('INVALID_INPUT', `No event candidate can be at ${key}: "${source.title}" has ${source.textLength} characters.`);
  }
}

/**
 * The analyst's review of a source's event candidates, kept on the source (format 3) so that a
 * dismissed candidate stays dismissed and an accepted one shows its event the next time the source
 * is opened. Accepting writes the event and the decision in one commit: never one without the other.
 */
export function createCandidateReview(ctx: CoreContext, deps: { source(id: string): Source; prepareEvent(draft: EventDraft): Event }) {
  const { store } = ctx;
  const withReview = (source: Source, review: CandidateReview): Source => ({ ...source, review, updated: ctx.now().toISOString() });

  return {
    /** Records the candidate as an event (the analyst's edited version of it), linked to the source. */
    async accept(sourceId: string, key: string, draft: EventDraft): Promise<{ event: Event; source: Source }> {
      const source = deps.source(sourceId);
      checkKey(source, key);
      const review = source.review ?? EMPTY;
      const earlier = review.accepted.find((a) => a.key === key && store.get('events', a.eventId));
      if (earlier) {
        throw new FrontierError('CONFLICT', `That candidate was already recorded as the event "${store.get('events', earlier.eventId)!.title}".`);
      }
      const event = deps.prepareEvent({ ...draft, sourceIds: [sourceId, ...(draft.sourceIds ?? []).filter((id) => id !== sourceId)] });
      const next = withReview(source, {
        dismissed: review.dismissed.filter((k) => k !== key),
        accepted: [...review.accepted.filter((a) => a.key !== key), { key, eventId: event.id }],
      });
      await store.commit([
        { op: 'put', c: 'events', v: event },
        { op: 'put', c: 'sources', v: next },
      ]);
      return { event, source: store.get('sources', sourceId)! };
    },

    /** Dismisses a candidate, or takes a dismissal back. */
    async dismiss(sourceId: string, key: string, dismissed: boolean): Promise<Source> {
      const source = deps.source(sourceId);
      checkKey(source, key);
      const review = source.review ?? EMPTY;
      if (review.dismissed.includes(key) === dismissed) return source;
      const next = withReview(source, { ...review, dismissed: dismissed ? [...review.dismissed, key] : review.dismissed.filter((k) => k !== key) });
      await store.commit([{ op: 'put', c: 'sources', v: next }]);
      return store.get('sources', sourceId)!;
    },
  };
}

export type CandidateReviewService = ReturnType<typeof createCandidateReview>;
