/**
 * Autosave for one open note, without React: edits collect in `pending`, a debounce sends them
 * with `notes.update({ …, ifUpdated })`, and a failed save keeps them (the editor keeps the text;
 * nothing is thrown away). Saves of one note never overlap, and the next editor for the same note
 * waits for them (`settled`), so reopening a note never shows text older than what was typed.
 *
 * The title is saved on its own, only when the analyst commits it (Enter, leaving the field, or
 * leaving the note): a rename rewrites [[links]] in other notes, and saving every intermediate
 * spelling ("K", "Ka", "Kab") could capture an unrelated unresolved [[Kab]] and rewrite it.
 */

export interface NoteFields {
  body?: string;
  tags?: string[];
  title?: string;
}

export interface SavedNote {
  title: string;
  body: string;
  tags: string[];
  updated: string;
}

export type SaveRequest = NoteFields & { ifUpdated: string };

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string; /** The note changed elsewhere: offer to overwrite or reload. */ conflict: boolean };

export const saveStateText = (s: SaveState): string => (s.kind === 'saved' ? 'Saved' : s.kind === 'saving' ? 'Saving…' : `Not saved: ${s.reason}`);

type Group = 'content' | 'title';
const GROUPS: Record<Group, Array<keyof NoteFields>> = { content: ['body', 'tags'], title: ['title'] };

export interface AutoSaverOptions {
  id: string;
  updated: string;
  save(request: SaveRequest): Promise<SavedNote>;
  /** After every successful save, with what was sent. */
  onSaved?(note: SavedNote, sent: NoteFields): void;
  onState?(state: SaveState): void;
  /** How a failure reads, and whether it is a conflict with a newer version. */
  describe(err: unknown, part: 'content' | 'title'): { reason: string; conflict: boolean };
  delayMs?: number;
}

// Saves in flight (or about to be), by note id: a newly opened editor waits for them.
const inFlight = new Map<string, Set<Promise<void>>>();

/** Resolves when every save started for note `id` so far has finished (successfully or not). */
export async function settled(id: string): Promise<void> {
  const running = inFlight.get(id);
  if (running) await Promise.allSettled([...running]);
}

/** Counts `p` as a save of note `id` for {@link settled}. */
export function trackSave(id: string, p: Promise<void>): void {
  let set = inFlight.get(id);
  if (!set) inFlight.set(id, (set = new Set()));
  set.add(p);
  const done = () => {
    set.delete(p);
    if (set.size === 0 && inFlight.get(id) === set) inFlight.delete(id);
  };
  p.then(done, done);
}

// Edits that could not be saved when their editor closed (the note was switched or closed while a
// save failed): the next editor for the note starts from them, so typed text is never dropped.
const drafts = new Map<string, NoteFields>();
export const keepDraft = (id: string, fields: NoteFields): void => void drafts.set(id, fields);
export function takeDraft(id: string): NoteFields | undefined {
  const draft = drafts.get(id);
  drafts.delete(id);
  return draft;
}

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

export class AutoSaver {
  private pending: NoteFields = {};
  private readonly errors = new Map<Group | 'input', { reason: string; conflict: boolean }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private updated: string;
  private lastState: string | undefined;

  constructor(private readonly opts: AutoSaverOptions) {
    this.updated = opts.updated;
  }

  get hasUnsaved(): boolean {
    return Object.keys(this.pending).length > 0 || this.running !== undefined;
  }

  /** What has not been saved yet. */
  get unsaved(): NoteFields {
    return { ...this.pending };
  }

  get state(): SaveState {
    const error = this.errors.get('content') ?? this.errors.get('title') ?? this.errors.get('input');
    if (error) return { kind: 'failed', ...error };
    return this.hasUnsaved ? { kind: 'saving' } : { kind: 'saved' };
  }

  /** Records an edit; saved after the debounce, or at once with `now`. */
  edit(fields: NoteFields, now = false): void {
    Object.assign(this.pending, fields);
    this.emit();
    this.clearTimer();
    if (now) void this.flush();
    else this.timer = setTimeout(() => void this.flush(), this.opts.delayMs ?? 500);
  }

  /** An input the saver cannot send (e.g. a malformed tag): shown as "Not saved: …" until cleared. */
  setInputError(reason: string | undefined): void {
    if (reason) this.errors.set('input', { reason, conflict: false });
    else this.errors.delete('input');
    this.emit();
  }

  /** Drops unsent edits (after the analyst chose to reload the saved version). */
  discard(updated: string): void {
    this.clearTimer();
    this.pending = {};
    this.errors.clear();
    this.updated = updated;
    this.emit();
  }

  /** Saves over a newer version: the analyst chose theirs after a conflict. */
  overwrite(updated: string): Promise<void> {
    this.updated = updated;
    this.errors.delete('content');
    this.errors.delete('title');
    return this.flush();
  }

  /** Sends everything pending now; resolves when it is saved or has failed. */
  flush(): Promise<void> {
    this.clearTimer();
    const p = this.flushLoop();
    trackSave(this.opts.id, p);
    return p;
  }

  private async flushLoop(): Promise<void> {
    while (this.running) await this.running;
    if (Object.keys(this.pending).length === 0) return;
    this.running = this.saveOnce().finally(() => {
      this.running = undefined;
      this.emit();
    });
    this.emit();
    await this.running;
  }

  private async saveOnce(): Promise<void> {
    for (const group of ['content', 'title'] as const) {
      const sent: NoteFields = {};
      for (const key of GROUPS[group]) if (key in this.pending) Object.assign(sent, { [key]: this.pending[key] });
      if (Object.keys(sent).length === 0) continue;
      try {
        const note = await this.opts.save({ ...sent, ifUpdated: this.updated });
        this.updated = note.updated;
        for (const key of Object.keys(sent) as Array<keyof NoteFields>) if (same(this.pending[key], sent[key])) delete this.pending[key];
        this.errors.delete(group);
        this.opts.onSaved?.(note, sent);
      } catch (err) {
        this.errors.set(group, this.opts.describe(err, group));
      }
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private emit(): void {
    const state = this.state;
    const key = JSON.stringify(state);
    if (key === this.lastState) return;
    this.lastState = key;
    this.opts.onState?.(state);
  }
}
