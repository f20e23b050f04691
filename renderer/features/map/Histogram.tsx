import type { Bucket, BucketUnit } from './histogram';

/** Fewer buckets than this are drawn at this many buckets' width, centred: one event is a bar, not a block. */
export const MIN_SLOTS = 12;

/** Events per week or month as bars; the bars inside the chosen range are coloured. */
export function Histogram({ buckets, unit, from, to }: { buckets: readonly Bucket[]; unit: BucketUnit; from: string; to: string }) {
  if (buckets.length === 0) return null;
  const peak = buckets.reduce((best, b) => (b.count > best.count ? b : best), buckets[0]!);
  const height = 36;
  const slots = Math.max(buckets.length, MIN_SLOTS);
  const offset = (slots - buckets.length) / 2;
  const label = `Events per ${unit} from ${buckets[0]!.start} to ${buckets.at(-1)!.start}; the most, ${peak.count}, in the ${unit} of ${peak.start}.`;
  return (
    <svg className="map-histogram" viewBox={`${-offset} 0 ${slots} ${height}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {buckets.map((b, i) => {
        const h = peak.count ? (b.count / peak.count) * (height - 2) : 0;
        // A bucket is "in" when it overlaps the range: its start is before the range's end and its end after the start.
        const next = buckets[i + 1]?.start ?? '9999-12-31';
        const inside = b.start <= to && next > from;
        return (
          <rect key={b.start} x={i + 0.1} y={height - h} width={0.8} height={h} className={inside ? 'in' : 'out'}>
            <title>{`${b.start}: ${b.count} event${b.count === 1 ? '' : 's'}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
