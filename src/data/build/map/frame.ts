/**
 * The frame of a project's map: a projection that suits the extent of its countries, fitted so
 * that they fill the frame with context around them, and the scale of Natural Earth and the
 * simplification that keep lines within about a pixel at the frame's width.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import type { MapProjectionName as ProjectionName } from '../../project-map.js';
import type { D3Geo, Resolution } from './packages.js';

/** The frame's width in map units. */
export const FRAME_WIDTH = 1000;
/** The earth's mean radius in kilometres. */
const EARTH_RADIUS = 6371;
/** Beyond this angular reach from the countries' centre (radians, about 69°), a world projection. */
const WORLD_REACH = 1.2;
/** Context around the countries: this share of the larger side on each side, … */
const CONTEXT_SHARE = 0.15;
/** … and at least this much (radians, about 320 km), so that a small country shows its neighbours. */
const MIN_CONTEXT = 0.05;
/** The frame's height to width, kept within these. */
const MIN_ASPECT = 0.55;
const MAX_ASPECT = 1.3;
/**
 * The coarsest scale whose lines are within a pixel of 1:10m's when a pixel is at least this many
 * kilometres (scripts/check-map-detail.mjs measures it): 1:110m leaves out islands and coasts a
 * pixel or more across even on a map of the world, so it is not drawn from.
 */
const SCALE_FOR_PIXEL: readonly [Resolution, number][] = [
  ['50m', 25],
  ['10m', 0],
];
/**
 * The width, in CSS pixels, at which the lines are within about a pixel of Natural Earth's: a
 * page column's. Wider, a map is still within two pixels up to twice as wide.
 */
export const DRAWN_WIDTH = 640;
/**
 * Simplification tolerance in pixels at {@link DRAWN_WIDTH}: Douglas–Peucker on the projected
 * arcs drops the points that move a line less than this. With the paths' whole frame units (up to
 * 0.45 px off), the drawn lines stay within 1.35 px of 1:10m's (scripts/check-map-detail.mjs
 * measures 1.0 to 1.2 px); a smaller tolerance costs the ADMin4ALL page bytes it does not have.
 */
export const TOLERANCE = 0.9;

export interface Frame {
  /** The projection, fitted: the frame is [0, width] × [0, height]. */
  readonly projection: GeoProjection;
  readonly name: ProjectionName;
  /** The projection's centre, [longitude, latitude] in degrees. */
  readonly centre: readonly [number, number];
  readonly width: number;
  readonly height: number;
  /** The scale of Natural Earth to draw from. */
  readonly resolution: Resolution;
  /** The size of a pixel at the drawn width on the ground, in kilometres. */
  readonly pixelKm: number;
  /** A pixel at the drawn width, in frame units. */
  readonly pixel: number;
  /** The simplification tolerance, in frame units. */
  readonly tolerance: number;
}

/** The largest angle (radians) between `centre` and any point of `features`. */
export const reachOf = (geo: D3Geo, centre: [number, number], features: readonly Feature[]): number => {
  let reach = 0;
  const visit = (coordinates: unknown): void => {
    if (typeof (coordinates as number[])[0] === 'number') reach = Math.max(reach, geo.geoDistance(centre, coordinates as [number, number]));
    else for (const inner of coordinates as unknown[]) visit(inner);
  };
  for (const feature of features) if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  return reach;
};

/**
 * The angle (radians) from the frame's centre beyond which no place projects into `box` (frame
 * units). An azimuthal projection draws places farther from its centre farther from the centre's
 * point, so none beyond the box's farthest corner; a world projection may draw any place there.
 */
export const angularReach = (geo: D3Geo, frame: Frame, [[x0, y0], [x1, y1]]: readonly (readonly [number, number])[]): number => {
  if (frame.name !== 'azimuthal-equal-area') return Math.PI;
  const corners = [[x0, y0], [x1, y0], [x0, y1], [x1, y1]].map(([x, y]) => frame.projection.invert?.([x!, y!]));
  if (corners.some((corner) => !corner || !Number.isFinite(corner[0]) || !Number.isFinite(corner[1]))) return Math.PI;
  return Math.max(...corners.map((corner) => geo.geoDistance([...frame.centre], corner!)));
};

/** The frame around `features` (a project's countries), with context, in a projection that suits their extent. */
export const frameAround = (geo: D3Geo, features: readonly Feature[]): Frame => {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  const [longitude, latitude] = geo.geoCentroid(collection);
  const world = reachOf(geo, [longitude, latitude], features) > WORLD_REACH;
  const name: ProjectionName = world ? 'equal-earth' : 'azimuthal-equal-area';
  const centre: [number, number] = world ? [longitude, 0] : [longitude, latitude];
  // A world map is centred on the countries' meridian, so that none is cut at the map's edge
  // (the antimeridian is then on the far side of the earth from them).
  const projection = (world ? geo.geoEqualEarth() : geo.geoAzimuthalEqualArea())
    .rotate([-centre[0], -centre[1]])
    .scale(1)
    .translate([0, 0])
    .precision(0.1);
  const path = geo.geoPath(projection);
  let [[x0, y0], [x1, y1]] = path.bounds(collection);
  const context = Math.max(Math.max(x1 - x0, y1 - y0) * CONTEXT_SHARE, MIN_CONTEXT);
  [x0, y0, x1, y1] = [x0 - context, y0 - context, x1 + context, y1 + context];
  if (world) {
    // Not beyond the edge of the world.
    const [[wx0, wy0], [wx1, wy1]] = path.bounds({ type: 'Sphere' });
    [x0, y0, x1, y1] = [Math.max(x0, wx0), Math.max(y0, wy0), Math.min(x1, wx1), Math.min(y1, wy1)];
  }
  const grow = (low: number, high: number, size: number): [number, number] => [(low + high - size) / 2, (low + high + size) / 2];
  if (y1 - y0 < (x1 - x0) * MIN_ASPECT) [y0, y1] = grow(y0, y1, (x1 - x0) * MIN_ASPECT);
  if (y1 - y0 > (x1 - x0) * MAX_ASPECT) [x0, x1] = grow(x0, x1, (y1 - y0) / MAX_ASPECT);
  const scale = FRAME_WIDTH / (x1 - x0);
  const height = Math.round((y1 - y0) * scale);
  projection.scale(scale).translate([-x0 * scale, -y0 * scale]);
  // A pixel at the drawn width in frame units, and on the earth's surface (equal-area: on average).
  const pixel = FRAME_WIDTH / DRAWN_WIDTH;
  const pixelKm = (pixel / scale) * EARTH_RADIUS;
  const resolution = SCALE_FOR_PIXEL.find(([, km]) => pixelKm >= km)![0];
  return { projection, name, centre, width: FRAME_WIDTH, height, resolution, pixelKm, pixel, tolerance: pixel * TOLERANCE };
};
