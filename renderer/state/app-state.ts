import type { Output } from '../../shared/ipc';
import type { Event, EventCandidate, Source } from '../../shared/model';
import { NO_FILTER, type EventFilter } from './event-filter';

export type NoteSummary = Output<'notes.list'>[number];
export type ItemKind = 'note' | 'source' | 'event';

/**
 * A point chosen on the map for the event form: a click while a new event is open (with the
 * nearest town's name once main has looked it up), or an existing event's marker dragged there
 * and saved (`eventId`).
 */
export interface MapPick {
  lat: number;
  lng: number;
  name?: string;
  eventId?: string;
}

/**
 * What the main pane shows; `dossier` is the dossier editor ("Export dossier"), on one dossier or a
 * new one; `new-event` with `fromCandidate` is an event candidate of a source being edited before
 * it is accepted.
 */
export type Selection =
  /** `focus`: take the keyboard focus to it once shown (a source just imported, so the grade is a Tab away). */
  | { kind: ItemKind; id: string; focus?: boolean }
  | { kind: 'new-event'; fromCandidate?: { sourceId: string; candidate: EventCandidate } }
  | { kind: 'dossier'; id?: string }
  | null;

export interface AppState {
  info: Output<'notebook.info'> | undefined;
  notes: NoteSummary[];
  sources: Source[];
  events: Event[];
  selection: Selection;
  /** The note last opened: "Quote in note" goes there. */
  lastNoteId: string | undefined;
  /** Bumped after every change, so views that fetch (links, search) refetch. */
  revision: number;
  /** One-line messages for the status bar (announced by screen readers). */
  status: { text: string; tone: 'info' | 'error' } | undefined;
  paletteOpen: boolean;
  mapPick: MapPick | undefined;
  /** The map's time and type filter; the sidebar's event list applies it too. */
  eventFilter: EventFilter;
  /** Events among the search box's current results (empty when it is cleared), for the map to highlight. */
  searchEventIds: string[];
  /** The map's current view, for the `in:map` search operator; undefined until the map has drawn. */
  mapBounds: { south: number; west: number; north: number; east: number } | undefined;
}

export const initialState: AppState = {
  info: undefined,
  notes: [],
  sources: [],
  events: [],
  selection: null,
  lastNoteId: undefined,
  revision: 0,
  status: undefined,
  paletteOpen: false,
  mapPick: undefined,
  eventFilter: NO_FILTER,
  searchEventIds: [],
  mapBounds: undefined,
};

/** Every change to UI state is one of these named actions (Excalidraw's rule): easy to follow and test. */
export type Action =
  | { type: 'loaded'; info: AppState['info']; notes: NoteSummary[]; sources: Source[]; events: Event[] }
  | { type: 'select'; selection: Selection }
  | { type: 'changed' }
  | { type: 'status'; text: string; tone?: 'info' | 'error' }
  | { type: 'clearStatus' }
  | { type: 'palette'; open: boolean }
  | ({ type: 'mapPicked' } & MapPick)
  | { type: 'eventFilter'; filter: EventFilter }
  | { type: 'searchResults'; eventIds: string[] }
  | { type: 'mapMoved'; bounds: NonNullable<AppState['mapBounds']> };

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'loaded':
      return { ...state, info: action.info, notes: action.notes, sources: action.sources, events: action.events };
    case 'select': {
      const s = action.selection;
      // A point picked for one form is not carried into the next.
      return { ...state, selection: s, lastNoteId: s?.kind === 'note' ? s.id : state.lastNoteId, paletteOpen: false, mapPick: undefined };
    }
    case 'changed':
      return { ...state, revision: state.revision + 1 };
    case 'status':
      return { ...state, status: { text: action.text, tone: action.tone ?? 'info' } };
    case 'clearStatus':
      return { ...state, status: undefined };
    case 'palette':
      return { ...state, paletteOpen: action.open };
    case 'mapPicked': {
      const { type: _type, ...pick } = action;
      return { ...state, mapPick: pick };
    }
    case 'eventFilter':
      return { ...state, eventFilter: action.filter };
    case 'searchResults':
      return { ...state, searchEventIds: action.eventIds };
    case 'mapMoved':
      return { ...state, mapBounds: action.bounds };
  }
}
