/** Typed arrays that grow as they are filled: the index builds millions of postings without JS arrays' per-element overhead. */
type TypedArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;
type Ctor<T extends TypedArray> = new (length: number) => T;

export class Grow<T extends TypedArray> {
  data: T;
  length = 0;

  constructor(
    private readonly ctor: Ctor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for at least `capacity` elements (doubling, so pushes stay amortised O(1)). */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new this.ctor(Math.max(capacity, this.data.length * 2));
    next.set(this.data.subarray(0, this.length) as never);
    this.data = next;
  }

  /** The filled part, copied into an array of exactly that length. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}
