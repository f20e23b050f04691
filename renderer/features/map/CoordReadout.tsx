import { useImperativeHandle, useRef, type Ref } from 'react';
import { useApp } from '../../state/app-context';
import { coordinateText, formatLatLng, formatMgrs } from './coords';

interface Point {
  lat: number;
  lng: number;
}

export interface ReadoutHandle {
  /** The pointer is over this point of the map (undefined: it left the map). */
  pointer(at: Point | undefined): void;
  /** The analyst clicked here: what "Copy coordinates" copies from now on. */
  clicked(at: Point): void;
}

/**
 * Pointer position in decimal degrees and MGRS, and "Copy coordinates" (the last point clicked,
 * else the map's centre). Written straight into the DOM: a mousemove must not re-render React.
 */
export function CoordReadout({ ref, centre }: { ref: Ref<ReadoutHandle>; centre(): Point | undefined }) {
  const { say } = useApp();
  const label = useRef<HTMLSpanElement>(null);
  const degrees = useRef<HTMLSpanElement>(null);
  const mgrs = useRef<HTMLSpanElement>(null);
  const clickedAt = useRef<Point | undefined>(undefined);
  const frame = useRef(0);

  const show = (what: string, at: Point | undefined) => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      if (!label.current || !degrees.current || !mgrs.current) return;
      // While the map is dragged the point under the pointer stays the same: write only changes.
      const texts: Array<[HTMLElement, string]> = [
        [label.current, what],
        [degrees.current, at ? formatLatLng(at.lat, at.lng) : '—'],
        [mgrs.current, at ? formatMgrs(at.lat, at.lng) : ''],
      ];
      for (const [node, text] of texts) if (node.textContent !== text) node.textContent = text;
    });
  };

  useImperativeHandle(ref, () => ({
    pointer: (at) => (at ? show('Pointer', at) : show(clickedAt.current ? 'Clicked' : 'Pointer', clickedAt.current)),
    clicked: (at) => {
      clickedAt.current = at;
      show('Clicked', at);
    },
  }));

  const copy = async () => {
    const at = clickedAt.current ?? centre();
    if (!at) return;
    const text = coordinateText(at.lat, at.lng);
    const what = clickedAt.current ? 'the clicked point' : 'the map centre';
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      say(`Copied ${what}: ${text}`);
    } catch {
      // Headless browsers and insecure origins have no clipboard: show the text, selected, for Ctrl+C.
      show(clickedAt.current ? 'Clicked' : 'Centre', at);
      requestAnimationFrame(() => {
        const node = degrees.current?.parentElement;
        if (node) window.getSelection()?.selectAllChildren(node);
      });
      say(`The clipboard is not available here; ${what} is ${text} (selected in the readout: press Ctrl+C)`);
    }
  };

  return (
    <div className="map-readout">
      <span className="map-readout-text" aria-live="off">
        <span ref={label} className="map-readout-label">
          Pointer
        </span>{' '}
        <span ref={degrees} className="map-readout-dd">
          —
        </span>{' '}
        <span ref={mgrs} className="map-readout-mgrs" />
      </span>
      <button type="button" onClick={() => void copy()}>
        Copy coordinates
      </button>
    </div>
  );
}
