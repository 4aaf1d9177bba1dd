/**
 * The winding of a topology's polygon rings, as d3-geo reads it. d3-geo's polygons are
 * spherical: a ring encloses the side of the sphere its winding says, so a ring wound the other
 * way round encloses the rest of the world, and d3-geo fills the whole map with it. Natural
 * Earth has a few such rings (1:10m's Maldives islets, a sliver of 1:50m's Antarctica), and
 * Douglas–Peucker can turn a small ring round when it simplifies it into a sliver.
 */
import type { MultiPolygon, Position } from 'geojson';
import type { GeometryObject, Properties, Topology } from 'topojson-specification';
import type { MapPackages } from './packages.js';

/** A ring: the indexes of its arcs, `~index` for an arc run backwards. */
type Ring = readonly number[];
/** A polygon: its exterior ring, then its holes. */
type Rings = readonly Ring[];

/** Half the sphere, in steradians: no land's ring encloses more. */
const HEMISPHERE = 2 * Math.PI;

const reversed = (ring: Ring): number[] => ring.map((arc) => ~arc).reverse();

/**
 * Whether a polygon's ring that encloses `area` (steradians) is wound the wrong way round: an
 * exterior (`index` 0) that encloses more than a hemisphere, or a hole that encloses less (but not
 * nothing: a ring simplified into a line or a point encloses nothing either way round, fills
 * nothing, and stays as it is).
 */
const isTurnedRound = (index: number, area: number): boolean => (index === 0 ? area > HEMISPHERE : area > 0 && area <= HEMISPHERE);

/** The area (steradians) that `ring` encloses on the sphere, as d3-geo reads it. */
const enclosedArea = ({ client, geo }: MapPackages, topology: Topology, ring: Ring): number =>
  geo.geoArea(client.feature(topology, { type: 'Polygon', arcs: [[...ring]] }));

/** `geometry` with its polygons replaced by what `polygonsOf` makes of each (none drops it). */
const withPolygons = (geometry: GeometryObject<Properties>, polygonsOf: (rings: Rings) => Rings[]): GeometryObject<Properties> => {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs).flatMap(polygonsOf);
  const arcs = polygons.map((rings) => rings.map((ring) => [...ring]));
  const { id, properties } = geometry;
  if (!arcs.length) return { type: null, id };
  return arcs.length === 1 && geometry.type === 'Polygon' ? { type: 'Polygon', id, properties, arcs: arcs[0]! } : { type: 'MultiPolygon', id, properties, arcs };
};

const withGeometries = <T extends Topology>(topology: T, polygonsOf: (rings: Rings) => Rings[]): T => {
  const objects = Object.fromEntries(
    Object.entries(topology.objects).map(([name, object]) => [
      name,
      object.type === 'GeometryCollection' ? { ...object, geometries: object.geometries.map((geometry) => withPolygons(geometry, polygonsOf)) } : withPolygons(object, polygonsOf),
    ]),
  );
  return { ...topology, objects };
};

/**
 * Natural Earth's `topology` wound as its lands are meant: each exterior ring round its land, and
 * each hole round the rest of the world. A hole wound as land is turned round when it is smaller
 * than the ring around it (a hole wound the wrong way), and else is land of its own, a polygon
 * beside its exterior (1:50m's Antarctica: a sliver wound the wrong way, then the continent).
 */
export const asMeant = <T extends Topology>(packages: MapPackages, topology: T): T =>
  withGeometries(topology, ([exterior, ...holes]) => {
    let outer = exterior!;
    let outerArea = enclosedArea(packages, topology, outer);
    if (outerArea > HEMISPHERE) [outer, outerArea] = [reversed(outer), enclosedArea(packages, topology, reversed(outer))];
    const kept: Ring[] = [];
    const beside: Rings[] = [];
    for (const hole of holes) {
      const area = enclosedArea(packages, topology, hole);
      if (area > HEMISPHERE) kept.push(hole);
      else if (area < outerArea) kept.push(reversed(hole));
      else beside.push([hole]);
    }
    return [[outer, ...kept], ...beside];
  });

/**
 * A simplified `topology` (of one wound {@link asMeant}) with each ring that simplification
 * turned round turned back: an exterior that encloses more than a hemisphere, a hole that
 * encloses less ({@link isTurnedRound}).
 */
export const rewound = <T extends Topology>(packages: MapPackages, topology: T): T =>
  withGeometries(topology, (rings) => [rings.map((ring, index) => (isTurnedRound(index, enclosedArea(packages, topology, ring)) ? reversed(ring) : ring))]);

/**
 * `shape` with each ring wound the wrong way round ({@link isTurnedRound}) turned back: for
 * polygons that topojson's merge stitched anew, where the arcs a frame clips away, reduced to their
 * ends, may close rings either way round.
 */
export const rewoundShape = ({ geo }: MapPackages, shape: MultiPolygon): MultiPolygon => ({
  ...shape,
  coordinates: shape.coordinates.map((rings) =>
    rings.map((ring: Position[], index) => (isTurnedRound(index, geo.geoArea({ type: 'Polygon', coordinates: [ring] })) ? [...ring].reverse() : ring)),
  ),
});
