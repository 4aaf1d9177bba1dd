/**
 * Caps: circles on the sphere, each around every point of a line or a land, so that a map's build
 * can tell, without projecting a point, that a line or a land is too far from the frame's centre
 * to be seen in it. Points are unit vectors here: an angle is then one dot product, and a content
 * build asks it of thousands of arcs for each project.
 */

/** A point of the sphere as a unit vector. */
export type Vector = readonly [number, number, number];

/** A circle on the sphere around every point of something: its centre and its radius (radians). */
export interface Cap {
  readonly centre: Vector;
  readonly radius: number;
}

/** Beyond this radius (a quarter of a great circle), a cap no longer holds the great circles between its points for sure: such a cap reaches everywhere. */
const CONVEX_CAP = Math.PI / 2;

/** Radians added to a cap's radius for the rounding of the angles measured (a millimetre on the ground). */
const ROUNDING = 1e-9;

const radians = Math.PI / 180;

/** The unit vector of the point at `longitude`, `latitude` (degrees). */
export const unitVector = (longitude: number, latitude: number): Vector => {
  const [λ, φ] = [longitude * radians, latitude * radians];
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
};

/** The angle (radians) between two points. */
export const angleBetween = (a: Vector, b: Vector): number => Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));

/** The cap around a line's points (degrees), centred on their mean direction. */
export const capAround = (longitudes: ArrayLike<number>, latitudes: ArrayLike<number>): Cap => {
  const vectorAt = (index: number) => unitVector(longitudes[index]!, latitudes[index]!);
  let [x, y, z] = [0, 0, 0];
  for (let index = 0; index < longitudes.length; index += 1) {
    const vector = vectorAt(index);
    [x, y, z] = [x + vector[0], y + vector[1], z + vector[2]];
  }
  const length = Math.hypot(x, y, z);
  // Points all round the sphere have no mean direction: their cap is the whole sphere.
  if (length < 1e-9) return { centre: [1, 0, 0], radius: Math.PI };
  const centre: Vector = [x / length, y / length, z / length];
  let radius = 0;
  for (let index = 0; index < longitudes.length; index += 1) radius = Math.max(radius, angleBetween(centre, vectorAt(index)));
  return { centre, radius: radius + ROUNDING };
};

/** Whether anything in `cap` (lines drawn as great circles between its points) may come within `reach` (radians) of `point`. */
export const capReaches = ({ centre, radius }: Cap, point: Vector, reach: number): boolean => radius >= CONVEX_CAP || angleBetween(centre, point) - radius <= reach;
