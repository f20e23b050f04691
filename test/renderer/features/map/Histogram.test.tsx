// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Histogram, MIN_SLOTS } from '../../../../renderer/features/map/Histogram';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement | undefined;
afterEach(() => container?.remove());

function render(buckets: Array<{ start: string; count: number }>) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<Histogram buckets={buckets} unit="month" from="2021-01-01" to="2021-12-31" />));
  const svg = container.querySelector('svg')!;
  const [x, , width] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  return { x: x!, width: width!, bars: [...svg.querySelectorAll('rect')] };
}

describe('the events histogram', () => {
  it('draws one event as one bar in the middle, not a block across the whole width', () => {
    const { x, width, bars } = render([{ start: '2021-10-01', count: 1 }]);
    expect(width).toBe(MIN_SLOTS);
    expect(bars).toHaveLength(1);
    const middle = Number(bars[0]!.getAttribute('x')) + Number(bars[0]!.getAttribute('width')) / 2;
    expect(middle - x).toBeCloseTo(width / 2);
  });

  it('spans the whole width once there are enough buckets', () => {
    const buckets = Array.from({ length: 30 }, (_, i) => ({ start: `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, count: i }));
    const { x, width } = render(buckets);
    expect([Math.abs(x), width]).toEqual([0, 30]);
  });
});
