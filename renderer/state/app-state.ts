import type { Output } from '../../shared/ipc';
import type { Event, Source } from '../../shared/model';

export type NoteSummary = Output<'notes.list'>[number];
export type ItemKind = 'note' | 'source' | 'event';

/** What the main pane shows. */
export type Selection = { kind: ItemKind; id: string } | { kind: 'new-event' } | null;

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
};

/** Every change to UI state is one of these named actions (Excalidraw's rule): easy to follow and test. */
export type Action =
  | { type: 'loaded'; info: AppState['info']; notes: NoteSummary[]; sources: Source[]; events: Event[] }
  | { type: 'select'; selection: Selection }
  | { type: 'changed' }
  | { type: 'status'; text: string; tone?: 'info' | 'error' }
  | { type: 'clearStatus' }
  | { type: 'palette'; open: boolean };

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'loaded':
      return { ...state, info: action.info, notes: action.notes, sources: action.sources, events: action.events };
    case 'select': {
      const s = action.selection;
      return { ...state, selection: s, lastNoteId: s?.kind === 'note' ? s.id : state.lastNoteId, paletteOpen: false };
    }
    case 'changed':
      return { ...state, revision: state.revision + 1 };
    case 'status':
      return { ...state, status: { text: action.text, tone: action.tone ?? 'info' } };
    case 'clearStatus':
      return { ...state, status: undefined };
    case 'palette':
      return { ...state, paletteOpen: action.open };
  }
}
