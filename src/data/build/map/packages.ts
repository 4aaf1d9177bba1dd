/**
 * The packages the map data needs besides iom-widgets: d3-geo (projections), topojson-client and
 * topojson-simplify (Natural Earth's topology, simplified to the scale), world-atlas (Natural
 * Earth's countries at 1:110m, 1:50m and 1:10m) and iso-3166-1 (its numeric codes to alpha-2).
 * They are optional peer dependencies (package.json): only a content build with projects loads
 * them, and one without them says which to install.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { MissingPackagesError, attempt, isFound } from '../../missing-packages.js';

export type D3Geo = typeof import('d3-geo');
export type TopojsonClient = typeof import('topojson-client');
export type TopojsonSimplify = typeof import('topojson-simplify');

/** Natural Earth's scales, as world-atlas names its files. */
export const resolutions = ['110m', '50m', '10m'] as const;
export type Resolution = (typeof resolutions)[number];

export interface MapPackages {
  readonly geo: D3Geo;
  readonly client: TopojsonClient;
  readonly simplify: TopojsonSimplify;
  /** The ISO 3166-1 alpha-2 code of a numeric code (`'380'` → `'IT'`). */
  readonly alpha2: (numeric: string) => string | undefined;
  /** Natural Earth's countries at `resolution`, as world-atlas has them. */
  readonly countries: (resolution: Resolution) => Promise<Topology>;
  /** world-atlas's version, which the map documents name as their source. */
  readonly atlasVersion: string;
}

/** The packages named here, in the order a message names them. */
export const mapPackageNames = ['d3-geo', 'topojson-client', 'topojson-simplify', 'world-atlas', 'iso-3166-1'] as const;

const require = createRequire(import.meta.url);

let loaded: Promise<MapPackages> | undefined;

const load = async (): Promise<MapPackages> => {
  const [geo, client, simplify, atlas, iso] = await Promise.all([
    attempt('d3-geo', () => import('d3-geo')),
    attempt('topojson-client', () => import('topojson-client')),
    attempt('topojson-simplify', () => import('topojson-simplify')),
    attempt('world-atlas', async () => ({ folder: require.resolve('world-atlas/package.json').replace(/package\.json$/, '') })),
    attempt('iso-3166-1', async () => (await import('iso-3166-1')).default),
  ]);
  if (!(isFound(geo) && isFound(client) && isFound(simplify) && isFound(atlas) && isFound(iso))) {
    const missing = [geo, client, simplify, atlas, iso].flatMap((found) => (isFound(found) ? [] : [found.missing]));
    throw new MissingPackagesError(missing, 'building project maps');
  }
  const { version } = JSON.parse(await readFile(`${atlas.folder}package.json`, 'utf8')) as { version: string };
  const topologies = new Map<Resolution, Promise<Topology>>();
  return {
    geo,
    client,
    simplify,
    alpha2: (numeric) => iso.whereNumeric(numeric)?.alpha2,
    countries: (resolution) => {
      let topology = topologies.get(resolution);
      if (!topology) {
        topology = readFile(`${atlas.folder}countries-${resolution}.json`, 'utf8').then((text) => JSON.parse(text) as Topology);
        topologies.set(resolution, topology);
      }
      return topology;
    },
    atlasVersion: version,
  };
};

/** The map packages, loaded once; rejects with a {@link MissingPackagesError} naming those not installed. */
export const loadMapPackages = (): Promise<MapPackages> => {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
};
