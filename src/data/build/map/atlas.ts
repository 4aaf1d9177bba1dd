/**
 * Natural Earth's countries at one scale: at full detail, and simplified for a map's frame by
 * distance (Douglas–Peucker on the projected arcs: simplify-arcs.ts), so that shared borders
 * are simplified once, alike for both neighbours. Only the countries that can reach a frame are
 * projected and simplified for it, and every ring is wound as d3-geo must read it (winding.ts).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { capAround, capReaches, unitVector, type Cap } from './caps.js';
import { decodedArcs, simplifiedArcs, type Box } from './simplify-arcs.js';
import { reachOf } from './frame.js';
import type { MapPackages, Resolution } from './packages.js';
import { asMeant, rewound } from './winding.js';

/** A country or other land of Natural Earth: its ISO 3166-1 alpha-2 code when it has one. */
export type Land = Feature<Polygon | MultiPolygon, { name: string; code: string | undefined }>;

export type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Natural Earth's countries simplified for one frame. */
export interface SimplifiedAtlas {
  /** Every country and other land that can reach the frame. */
  readonly lands: readonly Land[];
  /** The simplified topology, whose `countries` object has the lands' geometries in the same order. */
  readonly topology: Countries;
  /**
   * The radius (frame units) of the circle around the projected box of a ring of the topology (its
   * arcs' indexes) before simplification; NaN when a point of it does not project.
   */
  readonly ringRadius: (ring: readonly number[]) => number;
}

export interface Atlas {
  readonly resolution: Resolution;
  /** The ISO codes this scale draws. */
  readonly codes: ReadonlySet<string>;
  /** Every country and other land at full detail. */
  readonly lands: readonly Land[];
  /**
   * The countries and other lands that come within `reach` (radians) of `centre` (those a frame
   * that shows no more than that can show), simplified under `projection` (Douglas–Peucker in
   * frame units: no line moves more than `tolerance`, no chord is longer than `longest`), each
   * ring wound as at full detail. Only those lands' arcs that come within `reach` are projected
   * and weighed; the others, and arcs wholly outside `box`, keep only their ends.
   */
  readonly simplifiedAround: (
    centre: readonly [number, number],
    reach: number,
    projection: GeoProjection,
    box: Box,
    limits: { readonly longest: number; readonly tolerance: number },
  ) => SimplifiedAtlas;
  /** The ISO code of a geometry of the topology. */
  readonly codeOf: (geometry: GeometryObject) => string | undefined;
}

const atlases = new Map<Resolution, Promise<Atlas>>();

/** The indexes of the arcs `geometries` use, each once. */
const arcsUsedBy = (geometries: readonly GeometryObject[]): Set<number> => {
  const used = new Set<number>();
  const visit = (arcs: unknown): void => {
    if (typeof arcs === 'number') used.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) for (const inner of arcs) visit(inner);
  };
  for (const geometry of geometries) if ('arcs' in geometry) visit(geometry.arcs);
  return used;
};

/** The radius of the circle around the boxes (four numbers each: `boxes`) of the arcs of `ring`. */
const ringRadius = (boxes: Float64Array, ring: readonly number[]): number => {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const signed of ring) {
    const at = (signed < 0 ? ~signed : signed) * 4;
    [minX, minY] = [Math.min(minX, boxes[at]!), Math.min(minY, boxes[at + 1]!)];
    [maxX, maxY] = [Math.max(maxX, boxes[at + 2]!), Math.max(maxY, boxes[at + 3]!)];
  }
  return Math.hypot(maxX - minX, maxY - minY) / 2;
};

const makeAtlas = async (packages: MapPackages, resolution: Resolution): Promise<Atlas> => {
  const { client, geo } = packages;
  const topology = asMeant(packages, (await packages.countries(resolution)) as Countries);
  const codeOf = ({ id }: GeometryObject) => (id === undefined ? undefined : packages.alpha2(String(id)));
  const codes = new Set(topology.objects.countries.geometries.flatMap((geometry) => codeOf(geometry) ?? []));
  const landsOf = (countries: Countries): Land[] =>
    client.feature(countries, countries.objects.countries).features.map((land, index) => ({
      ...land,
      properties: { name: land.properties?.name ?? '', code: codeOf(countries.objects.countries.geometries[index]!) },
    })) as Land[];
  const lands = landsOf(topology);
  const caps = lands.map((land): Cap => {
    const centre = geo.geoCentroid(land);
    return { centre: unitVector(...centre), radius: reachOf(geo, centre, [land]) };
  });
  const arcs = decodedArcs(client, topology);
  const arcCaps = arcs.map(({ longitudes, latitudes }) => capAround(longitudes, latitudes));
  return {
    resolution,
    codes,
    codeOf,
    lands,
    simplifiedAround: (centre, reach, projection, box, limits) => {
      const { countries } = topology.objects;
      const point = unitVector(...centre);
      const geometries = countries.geometries.filter((geometry, index) => geometry.type !== null && capReaches(caps[index]!, point, reach));
      const used = arcsUsedBy(geometries);
      const weighs = (index: number) => used.has(index) && capReaches(arcCaps[index]!, point, reach);
      const simplified = simplifiedArcs(arcs, projection, box, limits, weighs);
      const simple = rewound(packages, { type: 'Topology', bbox: topology.bbox, objects: { countries: { ...countries, geometries } }, arcs: simplified.arcs } as unknown as Countries);
      return { lands: landsOf(simple), topology: simple, ringRadius: (ring) => ringRadius(simplified.boxes, ring) };
    },
  };
};

/** Natural Earth's countries at `resolution`, read once per process. */
export const atlasAt = (packages: MapPackages, resolution: Resolution): Promise<Atlas> => {
  let atlas = atlases.get(resolution);
  if (!atlas) {
    atlas = makeAtlas(packages, resolution);
    atlases.set(resolution, atlas);
  }
  return atlas;
};
