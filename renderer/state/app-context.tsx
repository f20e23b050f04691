import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, type Dispatch, type ReactNode } from 'react';
import { formatCitation } from '../../shared/links';
import type { FrontierApi } from '../../shared/ipc';
import { ApiError, createCall, type Call } from '../api/client';
import { initialState, reduce, type Action, type AppState, type ItemKind } from './app-state';
import { bytesToBase64 } from './base64';

export interface AppActions {
  state: AppState;
  call: Call;
  dispatch: Dispatch<Action>;
  /** Reloads lists and info and tells fetching views to refetch. */
  refresh(): Promise<void>;
  open(kind: ItemKind, id: string): void;
  newNote(title?: string, body?: string): Promise<string | undefined>;
  newEvent(): void;
  importFiles(files: Iterable<File>): Promise<void>;
  /** Opens the file picker (the hidden input App renders). */
  requestImport(): void;
  /** Inserts a citation with the excerpt into the note last opened (or a new note when there is none, or when `into` is 'new'), and opens it. */
  quoteInNote(sourceId: string, excerpt: string, locator?: string, into?: 'last' | 'new'): Promise<void>;
  /** Opens an http(s) or mailto link outside Frontier once the user confirms (shell.openExternal). */
  openExternal(url: string): Promise<void>;
  say(text: string): void;
  report(err: unknown): void;
}

const Ctx = createContext<AppActions | null>(null);

export function useApp(): AppActions {
  const value = useContext(Ctx);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}

export const errorText = (err: unknown): string => (err instanceof ApiError || err instanceof Error ? err.message : String(err));

function uniqueTitle(base: string, taken: Set<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

export function AppProvider({ api, children, filePicker }: { api: FrontierApi; children: ReactNode; filePicker: () => HTMLInputElement | null }) {
  const [state, dispatch] = useReducer(reduce, initialState);
  const call = useMemo(() => createCall(api), [api]);
  const stateRef = useRef(state);
  stateRef.current = state;

  const say = useCallback((text: string) => dispatch({ type: 'status', text }), []);
  const report = useCallback((err: unknown) => dispatch({ type: 'status', text: errorText(err), tone: 'error' }), []);

  const refresh = useCallback(async () => {
    try {
      const [info, notes, sources, events] = await Promise.all([
        call('notebook.info', {}),
        call('notes.list', {}),
        call('sources.list', {}),
        call('events.list', {}),
      ]);
      dispatch({ type: 'loaded', info, notes, sources, events });
      dispatch({ type: 'changed' });
    } catch (err) {
      report(err);
    }
  }, [call, report]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const open = useCallback((kind: ItemKind, id: string) => dispatch({ type: 'select', selection: { kind, id } }), []);

  const newNote = useCallback(
    async (title?: string, body = '') => {
      try {
        const taken = new Set(stateRef.current.notes.map((n) => n.title.toLowerCase()));
        const note = await call('notes.create', { title: title ?? uniqueTitle('Untitled', taken), body });
        await refresh();
        open('note', note.id);
        return note.id;
      } catch (err) {
        report(err);
        return undefined;
      }
    },
    [call, open, refresh, report],
  );

  const importFiles = useCallback(
    async (files: Iterable<File>) => {
      let last: string | undefined;
      const list = [...files];
      const tally = { imported: 0, before: 0, sources: 0, events: 0, failed: [] as string[] };
      for (const [i, file] of list.entries()) {
        // A batch shows its progress in the status bar; one file only says what became of it.
        if (list.length > 1) say(`Importing ${i + 1} of ${list.length}: ${file.name}…`);
        try {
          const data = new Uint8Array(await file.arrayBuffer());
          const { source, duplicate, created } = await call('sources.import', { fileName: file.name, dataBase64: bytesToBase64(data) });
          const extra = created.events > 0 ? ` (${created.events.toLocaleString('en-US')} events, ${created.sources.toLocaleString('en-US')} sources)` : '';
          if (list.length === 1) say(duplicate ? `${file.name} was imported before: “${source.title}”` : `Imported “${source.title}”${extra}`);
          tally[duplicate ? 'before' : 'imported']++;
          tally.sources += created.sources;
          tally.events += created.events;
          last = source.id;
        } catch (err) {
          tally.failed.push(`${file.name}: ${errorText(err)}`);
          if (list.length === 1) dispatch({ type: 'status', text: `${file.name}: ${errorText(err)}`, tone: 'error' });
        }
      }
      if (list.length > 1) {
        const made = `${tally.sources.toLocaleString('en-US')} sources${tally.events ? `, ${tally.events.toLocaleString('en-US')} events` : ''}`;
        const summary = `Imported ${tally.imported} of ${list.length} files (${made}); ${tally.before} imported before; ${tally.failed.length} failed`;
        dispatch(tally.failed.length ? { type: 'status', text: `${summary}: ${tally.failed.join('; ')}`, tone: 'error' } : { type: 'status', text: `${summary}.` });
      }
      await refresh();
      // The imported source opens with the focus on it, so a keyboard user goes on from there.
      if (last) dispatch({ type: 'select', selection: { kind: 'source', id: last, focus: true } });
    },
    [call, refresh, say],
  );

  const quoteInNote = useCallback(
    async (sourceId: string, excerpt: string, locator?: string, into: 'last' | 'new' = 'last') => {
      try {
        const citation = formatCitation({ sourceId, excerpt: excerpt.trim(), ...(locator ? { locator } : {}) });
        const target = into === 'last' ? stateRef.current.lastNoteId : undefined;
        const note = target ? await call('notes.get', { id: target }).catch(() => undefined) : undefined;
        if (!note) {
          const source = stateRef.current.sources.find((s) => s.id === sourceId);
          await newNote(undefined, `${citation}\n`);
          say(`Quoted ${source ? `“${source.title}”` : 'the source'} in a new note`);
          return;
        }
        const body = note.body.trimEnd() ? `${note.body.trimEnd()}\n\n${citation}\n` : `${citation}\n`;
        await call('notes.update', { id: note.id, body, ifUpdated: note.updated });
        await refresh();
        open('note', note.id);
        say(`Quoted in “${note.title}”`);
      } catch (err) {
        report(err);
      }
    },
    [call, newNote, open, refresh, report, say],
  );

  const openExternal = useCallback(
    async (url: string) => {
      try {
        const { opened } = await call('shell.openExternal', { url });
        say(opened ? `Opened outside Frontier: ${url}` : `Not opened: ${url}`);
      } catch (err) {
        report(err);
      }
    },
    [call, report, say],
  );

  const value: AppActions = {
    state,
    call,
    dispatch,
    refresh,
    open,
    newNote,
    newEvent: () => dispatch({ type: 'select', selection: { kind: 'new-event' } }),
    importFiles,
    requestImport: () => filePicker()?.click(),
    quoteInNote,
    openExternal,
    say,
    report,
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
