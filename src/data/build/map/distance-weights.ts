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

/** The distance from `p` to the segment from `a` to `b`. */
const toSegment = ([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number => {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};

/**
 * Weighs the points `first` < i < `last` of `points` (projected) into `weights`, Douglas–Peucker
 * style: the farthest point from the chord gets its distance (no more than the weight of the
 * point that split its range before it; always kept when the chord is longer than `longest`),
 * and each side is weighed again. A stack, not recursion:
 * an arc of Natural Earth's 1:10m has thousands of points.
 */
const weighRange = (points: readonly [number, number][], weights: number[], first: number, last: number, longest: number): void => {
  const ranges: [number, number, number][] = [[first, last, Infinity]];
  for (let range = ranges.pop(); range; range = ranges.pop()) {
    const [from, to, ceiling] = range;
    if (to - from < 2) continue;
    let farthest = from + 1;
    let distance = -1;
    for (let index = from + 1; index < to; index += 1) {
      // A point whose range ends do not project is kept.
      const measured = toSegment(points[index]!, points[from]!, points[to]!);
      const d = Number.isNaN(measured) ? Infinity : measured;
      if (d > distance) [farthest, distance] = [index, d];
    }
    const [[ax, ay], [bx, by]] = [points[from]!, points[to]!];
    // A chord longer than `longest` is split whatever its points' distances.
    const weight = Math.min(Math.hypot(bx - ax, by - ay) > longest ? Infinity : distance, ceiling);
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
    const lonLat = arc.map((position, index) => absolute([...position] as [number, number], index > 0) as [number, number]);
    const points = lonLat.map((point) => {
      const projected = projection(point);
      return projected && Number.isFinite(projected[0]) && Number.isFinite(projected[1]) ? projected : ([NaN, NaN] as [number, number]);
    });
    const weights = points.map(() => 0);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const outside = Math.max(...xs) < x0 || Math.min(...xs) > x1 || Math.max(...ys) < y0 || Math.min(...ys) > y1;
    // The ranges' ends: the arc's, and points that do not project or jump across the frame.
    const ends = [0];
    for (let index = 1; index < points.length - 1; index += 1) {
      const [x, y] = points[index]!;
      const jumps = Math.abs(x - points[index - 1]![0]) > seam || Math.abs(x - points[index + 1]![0]) > seam;
      if (!outside && (Number.isNaN(x) || Number.isNaN(y) || jumps)) ends.push(index);
    }
    ends.push(points.length - 1);
    for (const end of ends) weights[end] = Infinity;
    if (!outside) for (let index = 1; index < ends.length; index += 1) weighRange(points, weights, ends[index - 1]!, ends[index]!, longest);
    return lonLat.map(([longitude, latitude], index): WeightedPoint => [longitude, latitude, weights[index]!]);
  });
  return { type: 'Topology', bbox: topology.bbox, objects: topology.objects, arcs } as unknown as T;
};
