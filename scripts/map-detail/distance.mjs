// Distances between two sets of lines in the plane (a map's drawn lines and its source's), in the
// lines' own units: the directed Hausdorff distance from one set to the other, measured on
// points sampled along the first set's segments against the second set's segments exactly.

/** A line: its points, `[x, y]` each, joined in order. */
/** @typedef {readonly (readonly [number, number])[]} Line */

/** The distance from `(px, py)` to the segment from `(ax, ay)` to `(bx, by)`. */
const toSegment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};

/**
 * The segments of `lines` in a grid of square cells `cell` wide, for the nearest segment to a
 * point: each segment is listed in every cell its bounding box touches.
 */
export class SegmentIndex {
  /** @type {Map<number, number[]>} cell key → offsets of segments in `#coordinates` */
  #cells = new Map();
  /** @type {number[]} ax, ay, bx, by of each segment */
  #coordinates = [];
  #cell;

  /** @param {readonly Line[]} lines @param {number} cell */
  constructor(lines, cell) {
    this.#cell = cell;
    for (const line of lines) {
      for (let index = 1; index < line.length; index += 1) this.#add(line[index - 1], line[index]);
      if (line.length === 1) this.#add(line[0], line[0]);
    }
  }

  /** Whether the index has no segment. */
  get empty() {
    return this.#coordinates.length === 0;
  }

  #key(column, row) {
    return column * 1_000_003 + row;
  }

  #add([ax, ay], [bx, by]) {
    const offset = this.#coordinates.length;
    this.#coordinates.push(ax, ay, bx, by);
    const cell = this.#cell;
    for (let column = Math.floor(Math.min(ax, bx) / cell); column <= Math.floor(Math.max(ax, bx) / cell); column += 1) {
      for (let row = Math.floor(Math.min(ay, by) / cell); row <= Math.floor(Math.max(ay, by) / cell); row += 1) {
        const key = this.#key(column, row);
        const list = this.#cells.get(key);
        if (list) list.push(offset);
        else this.#cells.set(key, [offset]);
      }
    }
  }

  /**
   * The distance from `(x, y)` to the nearest segment, or `limit` when none is nearer: the cells
   * are searched ring by ring around the point's, until no farther ring can hold a nearer one.
   */
  distance(x, y, limit) {
    const cell = this.#cell;
    const column = Math.floor(x / cell);
    const row = Math.floor(y / cell);
    const c = this.#coordinates;
    let best = limit;
    for (let ring = 0; ring * cell - cell < best && ring * cell <= limit + cell; ring += 1) {
      for (let i = -ring; i <= ring; i += 1) {
        for (let j = -ring; j <= ring; j += 1) {
          if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
          const list = this.#cells.get(this.#key(column + i, row + j));
          if (!list) continue;
          for (const offset of list) {
            const d = toSegment(x, y, c[offset], c[offset + 1], c[offset + 2], c[offset + 3]);
            if (d < best) best = d;
          }
        }
      }
    }
    return best;
  }
}

/**
 * The points of `lines` every `step` at most along each segment, its ends included, that
 * `keep(x, y)` accepts; `visit(x, y, line)` is called with each.
 */
export const samplePoints = (lines, step, keep, visit) => {
  for (const line of lines) {
    for (let index = 0; index < line.length; index += 1) {
      const [bx, by] = line[index];
      if (index === 0) {
        if (keep(bx, by)) visit(bx, by, line);
        continue;
      }
      const [ax, ay] = line[index - 1];
      const count = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
      for (let k = 1; k <= count; k += 1) {
        const x = ax + ((bx - ax) * k) / count;
        const y = ay + ((by - ay) * k) / count;
        if (keep(x, y)) visit(x, y, line);
      }
    }
  }
};

/**
 * The directed Hausdorff distance from `from` to `to` (each an array of lines): the largest
 * distance from a point of `from` (sampled every `step`, where `keep` accepts it) to the nearest
 * segment of `to`, with the point where it is reached. `allowance(line)` is a distance a line of
 * `from` may be away without counting more (for a speck of land left out, its own size): a
 * point's distance counts as the smaller of the two. Distances beyond `limit` count as `limit`.
 */
export const directedHausdorff = (from, to, { step, cell, limit, keep = () => true, allowance = () => Infinity }) => {
  const index = to instanceof SegmentIndex ? to : new SegmentIndex(to, cell);
  let worst = { distance: 0, at: undefined };
  let allowed = 0;
  samplePoints(from, step, keep, (x, y, line) => {
    const distance = index.distance(x, y, limit);
    const counted = Math.min(distance, allowance(line));
    if (counted < distance) allowed = Math.max(allowed, counted);
    if (counted > worst.distance) worst = { distance: counted, at: [x, y] };
  });
  return { ...worst, allowed };
};
