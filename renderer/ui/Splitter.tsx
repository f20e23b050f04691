import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right grows the pane (pane on the left), -1 when it shrinks it (pane on the right). */
  direction: 1 | -1;
  onChange(value: number): void;
}

/** A pane divider: drag with the pointer, or focus it and use the arrow keys (WAI-ARIA window splitter). */
export function Splitter({ label, value, min, max, direction, onChange }: SplitterProps) {
  const start = useRef<{ x: number; value: number } | null>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    start.current = { x: e.clientX, value };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current) onChange(clamp(start.current.value + direction * (e.clientX - start.current.x)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 50 : 10;
    if (e.key === 'ArrowLeft') onChange(clamp(value - direction * step));
    else if (e.key === 'ArrowRight') onChange(clamp(value + direction * step));
    else return;
    e.preventDefault();
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-label={label}
      aria-orientation="vertical"
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (start.current = null)}
      // A drag the system took away (a touch turned into a scroll, a window switch) ends too.
      onPointerCancel={() => (start.current = null)}
      onLostPointerCapture={() => (start.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
