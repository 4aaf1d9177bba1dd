/**
 * A project's map document, as the content build writes it (`<api>/projects/<id>/map.json`,
 * README "Content"): the project's countries and the land around them as SVG path data, already
 * projected and simplified for the frame, so that a widget draws paths and runs no projection code.
 */

/** A project country as the map draws it. */
export interface ProjectMapCountry {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Its outline: SVG path data in map units (empty when it is too small to draw). */
  readonly d: string;
  /**
   * Only for a country too small to see in the frame: where its marker goes, the centre of its
   * largest part, [x, y] in map units.
   */
  readonly marker?: readonly [number, number];
}

/** The projections a map is drawn in: one fitted to a region, or a world map. */
export type MapProjectionName = 'azimuthal-equal-area' | 'equal-earth';

/** The scales of Natural Earth (world-atlas) a map's lines come from. */
export type MapResolution = '110m' | '50m' | '10m';

export interface ProjectMap {
  readonly format: number;
  readonly kind: 'map';
  /** The project's id. */
  readonly id: string;
  /** The frame, [0, width] × [0, height] in map units (0 × 0 when no country of the project is drawn). */
  readonly width: number;
  readonly height: number;
  /** The projection the paths are drawn in, and its centre ([longitude, latitude] in degrees). */
  readonly projection: { readonly name: MapProjectionName; readonly centre: readonly [number, number] };
  /** Where the lines come from, and how far (in kilometres) the simplification may have moved them. */
  readonly source: { readonly atlas: string; readonly resolution: MapResolution; readonly tolerance: number };
  /** The project's countries that Natural Earth draws, in the project's order. */
  readonly countries: readonly ProjectMapCountry[];
  /** Every other country and land in the frame, as one path (filled). */
  readonly land: string;
  /** The borders between those other countries, as one path (stroked). */
  readonly borders: string;
  /** The project's countries that Natural Earth does not draw (Réunion, Svalbard, …), in the project's order. */
  readonly missing: readonly string[];
}
