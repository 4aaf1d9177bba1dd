/**
 * Douglas–Peucker simplification of a topology's arcs, measured in a map's frame: each point of an
 * arc, projected, gets the distance (frame units) at which Douglas–Peucker would drop it, and the
 * points whose distance reaches the tolerance are kept. Every kept line is then within the
 * tolerance of the arc it stands for, and the arc within the tolerance of it (a bound on distance,
 * which Visvalingam's areas are not), and each arc is simplified once, so that neighbours' shared
 * borders stay joined.
 */
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { TopojsonClient } from './packages.js';

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

/** An arc of a topology, its points decoded to degrees. */
export interface DecodedArc {
  readonly longitudes: Float64Array;
  readonly latitudes: Float64Array;
}

/** `topology`'s arcs decoded to degrees (from its quantized, delta-encoded positions), in typed arrays. */
export const decodedArcs = (client: TopojsonClient, topology: Topology): DecodedArc[] => {
  const absolute = client.transform(topology.transform ?? null);
  return topology.arcs.map((arc) => {
    const [longitudes, latitudes] = [new Float64Array(arc.length), new Float64Array(arc.length)];
    arc.forEach((position, index) => {
      [longitudes[index], latitudes[index]] = absolute(position as [number, number], index > 0) as [number, number];
    });
    return { longitudes, latitudes };
  });
};

/** A topology's arcs simplified for a frame. */
export interface SimplifiedArcs {
  /** Each arc's kept points, longitude and latitude (degrees). */
  readonly arcs: [number, number][][];
  /**
   * Each arc's box as projected, from the points it had before simplification (only its ends for
   * an arc that keeps only them): minimum x, minimum y, maximum x, maximum y, four numbers an arc.
   * NaN where a point does not project.
   */
  readonly boxes: Float64Array;
}

/**
 * The arcs of a topology (`arcs`, decoded) simplified under `projection`: the points whose
 * Douglas–Peucker distance (frame units) is at least `tolerance`, with every arc's ends. Only the
 * arcs that `weighs` names are weighed: the others, which no land drawn uses or which lie too far
 * from the frame to reach it, keep only their ends. The points on either side of a jump across
 * the frame (where the projection cuts the arc at the antimeridian) are kept too. An arc whose
 * projected box lies wholly outside `box` keeps only its ends: it is clipped away whatever its
 * detail. No chord is longer than `longest` (frame units): d3-geo draws a great circle between
 * two points, which strays from the straight chord Douglas–Peucker measures as the chord grows.
 */
export const simplifiedArcs = (
  arcs: readonly DecodedArc[],
  projection: GeoProjection,
  box: Box,
  { longest, tolerance }: { readonly longest: number; readonly tolerance: number },
  weighs: (index: number) => boolean,
): SimplifiedArcs => {
  const [[x0, y0], [x1, y1]] = box;
  const seam = (x1 - x0) / 2;
  const boxes = new Float64Array(arcs.length * 4);
  const simplified = arcs.map(({ longitudes, latitudes }, arcIndex): [number, number][] => {
    const count = longitudes.length;
    const pointAt = (index: number): [number, number] => [longitudes[index]!, latitudes[index]!];
    // Kept in typed arrays, not an array a point: a content build weighs millions of points, and
    // arrays it keeps would keep the garbage collector busy.
    const [xs, ys] = [new Float64Array(count), new Float64Array(count)];
    const project = (index: number) => {
      const projected = projection(pointAt(index)) ?? [NaN, NaN];
      [xs[index], ys[index]] = projected;
    };
    /** Records the arc's box as projected, of every point or only of its ends, and returns it. */
    const measureBox = (of: 'every point' | 'ends') => {
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      const take = (index: number) => {
        [minX, maxX] = [Math.min(minX, xs[index]!), Math.max(maxX, xs[index]!)];
        [minY, maxY] = [Math.min(minY, ys[index]!), Math.max(maxY, ys[index]!)];
      };
      if (of === 'ends') [0, count - 1].forEach(take);
      else for (let index = 0; index < count; index += 1) take(index);
      boxes.set([minX, minY, maxX, maxY], arcIndex * 4);
      return { minX, minY, maxX, maxY };
    };
    const keepEnds = () => [pointAt(0), pointAt(count - 1)];
    if (!weighs(arcIndex)) {
      [0, count - 1].forEach(project);
      measureBox('ends');
      return keepEnds();
    }
    for (let index = 0; index < count; index += 1) project(index);
    const { minX, minY, maxX, maxY } = measureBox('every point');
    // An arc wholly outside the frame keeps its ends alone: it is clipped away.
    const outside = maxX < x0 || minX > x1 || maxY < y0 || minY > y1;
    if (outside && [minX, minY, maxX, maxY].every(Number.isFinite)) {
      measureBox('ends');
      return keepEnds();
    }
    // The ranges' ends: the arc's, and points that do not project or jump across the frame.
    for (let index = 0; index < count; index += 1) {
      if (!Number.isFinite(xs[index]!) || !Number.isFinite(ys[index]!)) [xs[index], ys[index]] = [NaN, NaN];
    }
    const weights = new Float64Array(count);
    const ends = [0];
    for (let index = 1; index < count - 1; index += 1) {
      const jumps = Math.abs(xs[index]! - xs[index - 1]!) > seam || Math.abs(xs[index]! - xs[index + 1]!) > seam;
      if (Number.isNaN(xs[index]!) || Number.isNaN(ys[index]!) || jumps) ends.push(index);
    }
    ends.push(count - 1);
    for (const end of ends) weights[end] = Infinity;
    for (let index = 1; index < ends.length; index += 1) weighRange(xs, ys, weights, ends[index - 1]!, ends[index]!, longest);
    const kept: [number, number][] = [];
    weights.forEach((weight, index) => {
      if (weight >= tolerance) kept.push(pointAt(index));
    });
    return kept;
  });
  return { arcs: simplified, boxes };
};
