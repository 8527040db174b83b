/**
 * A growing table of whole numbers, a fixed number per row, in one typed array: a million links
 * as JavaScript arrays would be a hundred MB and more; as rows of an Int32Array, sixteen.
 */
export class RowBuffer {
  private data: Int32Array;
  private rows = 0;

  constructor(readonly width: number, initialRows = 1024) {
    this.data = new Int32Array(width * initialRows);
  }

  get length(): number {
    return this.rows;
  }

  push(...values: number[]): number {
    if ((this.rows + 1) * this.width > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const at = this.rows * this.width;
    for (let i = 0; i < this.width; i++) this.data[at + i] = values[i] ?? 0;
    return this.rows++;
  }

  get(row: number, column: number): number {
    return this.data[row * this.width + column] ?? 0;
  }
}

/** Lists of whole numbers end to end in one typed array, each known by where it starts and its length. */
export class ListPool {
  private readonly items = new RowBuffer(1, 4096);

  add(values: readonly number[]): number {
    const start = this.items.length;
    for (const value of values) this.items.push(value);
    return start;
  }

  list(start: number, length: number): number[] {
    const list = new Array<number>(length);
    for (let i = 0; i < length; i++) list[i] = this.items.get(start + i, 0);
    return list;
  }
}
