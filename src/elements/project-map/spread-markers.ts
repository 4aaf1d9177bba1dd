/** A point on the map, [x, y] in map units. */
export type Point = readonly [number, number];

/**
 * Where to draw markers so that no two of their boxes meet: each marker, in the order given, at
 * its country's `centres[i]` if it keeps `spacing` (centre to centre, across or along) from every
 * marker placed before it, else at the nearest point that does, within the frame
 * [`margin`, `width` - `margin`] × [`margin`, `height` - `margin`]. The same centres and sizes
 * always give the same places.
 *
 * The nearest such point has each coordinate either its centre's or on the edge of a box it must
 * keep out of (or of the frame), so those few candidates are all there is to try.
 */
export const spreadMarkers = (centres: readonly Point[], spacing: number, width: number, height: number, margin: number): Point[] => {
  const placed: Point[] = [];
  const clamp = (value: number, size: number) => Math.min(Math.max(value, margin), size - margin);
  const isFree = ([x, y]: Point) => placed.every(([px, py]) => Math.max(Math.abs(x - px), Math.abs(y - py)) >= spacing - 1e-6);
  for (const [cx, cy] of centres) {
    const xs = [cx, ...placed.flatMap(([px]) => [px - spacing, px + spacing])].map((x) => clamp(x, width));
    const ys = [cy, ...placed.flatMap(([, py]) => [py - spacing, py + spacing])].map((y) => clamp(y, height));
    let best: Point | undefined;
    let bestDistance = Infinity;
    for (const x of xs) {
      for (const y of ys) {
        const distance = Math.hypot(x - cx, y - cy);
        if (distance < bestDistance && isFree([x, y])) [best, bestDistance] = [[x, y], distance];
      }
    }
    // Markers too many for the frame to keep apart overlap where they are.
    placed.push(best ?? [clamp(cx, width), clamp(cy, height)]);
  }
  return placed;
};
