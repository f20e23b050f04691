import { moveItem } from './dossier-draft';

export interface OrderedNote {
  id: string;
  title: string;
}

/**
 * The dossier's notes in print order, each with Move up / Move down / Remove buttons (named for
 * the note, so a screen reader says which). Reordering is by buttons, not dragging, so it works
 * from the keyboard.
 */
export function NoteOrder({ notes, onReorder, onRemove }: { notes: OrderedNote[]; onReorder(ids: string[]): void; onRemove?: (id: string) => void }) {
  if (notes.length === 0) return <p className="muted">No notes selected yet.</p>;
  const ids = notes.map((n) => n.id);
  return (
    <ol className="dossier-notes" aria-label="Notes in the dossier, in print order">
      {notes.map((n, i) => (
        <li key={n.id} className="dossier-note">
          <span className="dossier-note-title" dir="auto">
            {n.title}
          </span>
          <span className="dossier-note-actions">
            <button type="button" aria-label={`Move “${n.title}” up`} disabled={i === 0} onClick={() => onReorder(moveItem(ids, i, -1))}>
              ↑
            </button>
            <button type="button" aria-label={`Move “${n.title}” down`} disabled={i === notes.length - 1} onClick={() => onReorder(moveItem(ids, i, 1))}>
              ↓
            </button>
            {onRemove && (
              <button type="button" aria-label={`Remove “${n.title}”`} onClick={() => onRemove(n.id)}>
                ✕
              </button>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
