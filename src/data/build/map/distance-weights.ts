/**
 * Douglas–Peucker weights for a topology's points, measured in a map's frame: each point of each
 * arc, projected, gets the distance (frame units) at which Douglas–Peucker would drop it, so
 * that topojson-simplify's `simplify(weighted, tolerance)` keeps exactly the points Douglas–Peucker
 * keeps at that tolerance. Every kept line is then within the tolerance of the arc it stands for,
 * and the arc within the tolerance of it (a bound on distance, which Visvalingam's areas are not),
 * and each arc is simplified once, so that neighbours' shared borders stay joined.
 */
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { TopojsonClient } from './packages.js';

/** A point of a weighted arc: longitude, latitude (degrees) and the weight. */
type WeightedPoint = [number, number, number];

/** The frame's box, [[x0, y0], [x1, y1]] in frame units. */
export type Box = readonly [readonly [number, number], readonly [number, number]];

/**
 * Weighs the points `first` < i < `last` of an arc (projected: `xs`, `ys`) into `weights`,
 * Douglas–Peucker style: the farthest point from the chord gets its distance (no more than the
 * weight of the point that split its range before it; always kept when the chord is longer than
 * `longest`), and each side is weighed again. A stack, not recursion: an arc of Natural Earth's
 * 1:10m has thousands of points. Distances are compared squared, and the points kept in typed
 * arrays: a content build weighs every arc near each project's frame, millions of points.
 */
const weighRange = (xs: Float64Array, ys: Float64Array, weights: Float64Array, first: number, last: number, longest: number): void => {
  const ranges: [number, number, number][] = [[first, last, Infinity]];
  for (let range = ranges.pop(); range; range = ranges.pop()) {
    const [from, to, ceiling] = range;
    if (to - from < 2) continue;
    const [ax, ay] = [xs[from]!, ys[from]!];
    const [dx, dy] = [xs[to]! - ax, ys[to]! - ay];
    const length2 = dx * dx + dy * dy;
    let farthest = from + 1;
    let distance2 = -1;
    for (let index = from + 1; index < to; index += 1) {
      const px = xs[index]! - ax;
      const py = ys[index]! - ay;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
      const ex = px - t * dx;
      const ey = py - t * dy;
      const measured = ex * ex + ey * ey;
      // A point whose range ends do not project is kept.
      const d2 = Number.isNaN(measured) ? Infinity : measured;
      if (d2 > distance2) {
        farthest = index;
        distance2 = d2;
      }
    }
    // A chord longer than `longest` is split whatever its points' distances.
    const weight = Math.min(length2 > longest * longest ? Infinity : Math.sqrt(distance2), ceiling);
    weights[farthest] = weight;
    ranges.push([from, farthest, weight], [farthest, to, weight]);
  }
};

/**
 * `topology` with each point weighted by its Douglas–Peucker distance under `projection` (frame
 * units). An arc's ends are always kept, and so are the points on either side of a jump across
 * the frame (where the projection cuts the arc at the antimeridian). An arc whose projected box
 * lies wholly outside `box` keeps only its ends: it is clipped away whatever its detail. No
 * chord is longer than `longest` (frame units): d3-geo draws a great circle between two points,
 * which strays from the straight chord Douglas–Peucker measures as the chord grows.
 */
export const distanceWeighted = <T extends Topology>(client: TopojsonClient, topology: T, projection: GeoProjection, box: Box, longest: number): T => {
  const [[x0, y0], [x1, y1]] = box;
  const seam = (x1 - x0) / 2;
  const absolute = client.transform(topology.transform ?? null);
  const arcs = topology.arcs.map((arc) => {
    const count = arc.length;
    // Kept in typed arrays, not an array a point: a content build weighs millions of points, and
    // arrays it keeps would keep the garbage collector busy.
    const [longitudes, latitudes] = [new Float64Array(count), new Float64Array(count)];
    const [xs, ys] = [new Float64Array(count), new Float64Array(count)];
    arc.forEach((position, index) => {
      const degrees = absolute(position as [number, number], index > 0) as [number, number];
      [longitudes[index], latitudes[index]] = degrees;
      const projected = projection(degrees);
      const finite = projected && Number.isFinite(projected[0]) && Number.isFinite(projected[1]);
      [xs[index], ys[index]] = finite ? projected : [NaN, NaN];
    });
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let index = 0; index < count; index += 1) {
      [minX, maxX] = [Math.min(minX, xs[index]!), Math.max(maxX, xs[index]!)];
      [minY, maxY] = [Math.min(minY, ys[index]!), Math.max(maxY, ys[index]!)];
    }
    const point = (index: number, weight: number): WeightedPoint => [longitudes[index]!, latitudes[index]!, weight];
    // An arc wholly outside the frame keeps its ends alone: it is clipped away.
    if (maxX < x0 || minX > x1 || maxY < y0 || minY > y1) return [point(0, Infinity), point(count - 1, Infinity)];
    // The ranges' ends: the arc's, and points that do not project or jump across the frame.
    const weights = new Float64Array(count);
    const ends = [0];
    for (let index = 1; index < count - 1; index += 1) {
      const jumps = Math.abs(xs[index]! - xs[index - 1]!) > seam || Math.abs(xs[index]! - xs[index + 1]!) > seam;
      if (Number.isNaN(xs[index]!) || Number.isNaN(ys[index]!) || jumps) ends.push(index);
    }
    ends.push(count - 1);
    for (const end of ends) weights[end] = Infinity;
    for (let index = 1; index < ends.length; index += 1) weighRange(xs, ys, weights, ends[index - 1]!, ends[index]!, longest);
    return Array.from(weights, (weight, index) => point(index, weight));
  });
  return { type: 'Topology', bbox: topology.bbox, objects: topology.objects, arcs } as unknown as T;
};
