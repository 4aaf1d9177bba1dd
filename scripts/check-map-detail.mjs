// Checks that a project map's lines are within about a pixel of Natural Earth's full detail (issue
// 17): for each of the issue's cases, the map document the content build computes
// (src/data/build/map/) is compared, at the drawn width its detail is chosen for, with the
// unsimplified 1:10m countries projected by the same fitted projection. Both directed Hausdorff
// distances are measured on every line inside the frame (the project's countries, their
// neighbours and all other land there, coastlines and borders alike):
// - drawn → source: how far a point of a drawn line is from Natural Earth's lines;
// - source → drawn: how far a point of Natural Earth's lines is from a drawn line. A speck of land
//   left out (an islet the frame cannot show) counts at most its own radius.
// Lines are sampled every 0.05 px (so a distance is measured to within 0.025 px). The check fails
// when a distance is above MAX_DISTANCE for the scale the map is drawn from, or when a ring the map
// drew is wound the wrong way round (d3-geo then fills the frame with the rest of the world).
//   node scripts/check-map-detail.mjs [project id …]   (the issue's six cases when none is named)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { directedHausdorff, SegmentIndex } from './map-detail/distance.mjs';

const root = new URL('../', import.meta.url);

/**
 * The largest distance allowed between the drawn lines and Natural Earth's 1:10m, in pixels at
 * the drawn width: Douglas–Peucker's tolerance (0.9 px) and the paths' whole frame units (a unit
 * is 0.64 px, a point up to 0.45 px from where it was) for a map drawn from 1:10m. A map drawn
 * from 1:50m (a pixel of 25 km or more: the world) also differs by 1:50m's own generalisation
 * (islets and capes 1:10m has and 1:50m lacks, up to about 1.9 px): 1:10m would take the
 * 40-country map's page beyond its 30 KB.
 */
const MAX_DISTANCE = { '10m': 1.35, '50m': 2 };
const STEP = 0.05;
const CELL = 2;
const LIMIT = 50;

/** Issue 17's cases: the fixture projects it names, and the built-in ADMin4ALL. */
const caseIds = ['italy-only', 'bangladesh-myanmar', 'south-america', 'pacific-islands', 'five-continents'];

/**
 * The map build's modules (TypeScript, src/data/build/map/), bundled with their packages left
 * as imports into a folder of node_modules, where those packages resolve.
 */
const loadMapBuild = async () => {
  const folder = new URL('node_modules/.cache/check-map-detail/', root);
  await mkdir(folder, { recursive: true });
  const { outputFiles } = await build({
    stdin: {
      contents: [
        "export { drawMap } from './map-document.ts';",
        "export { DRAWN_WIDTH } from './frame.ts';",
        "export { loadMapPackages } from './packages.ts';",
      ].join('\n'),
      resolveDir: new URL('src/data/build/map/', root).pathname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
  });
  const file = new URL('map-build.mjs', folder);
  await writeFile(file, outputFiles[0].text);
  return import(`${file.href}?${Date.now()}`);
};

/** The lines of SVG path data as the map writes it (M x y, then l dx dy …, z), each scaled by `scale`. */
const linesOfPath = (data, scale) => {
  const lines = [];
  let line;
  let x = 0;
  let y = 0;
  for (const [, command, numbers] of data.matchAll(/([MlLz])([^MlLz]*)/g)) {
    const values = (numbers.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') {
      [x, y] = values;
      line = [[x * scale, y * scale]];
      lines.push(line);
      for (let index = 2; index < values.length; index += 2) {
        [x, y] = [x + values[index], y + values[index + 1]];
        line.push([x * scale, y * scale]);
      }
    } else if (command === 'l') {
      for (let index = 0; index < values.length; index += 2) {
        [x, y] = [x + values[index], y + values[index + 1]];
        line.push([x * scale, y * scale]);
      }
    } else if (command === 'z') {
      line.push(line[0]);
      [x, y] = line[0].map((value) => value / scale);
    } else throw new Error(`unexpected path command ${command}`);
  }
  return lines;
};

/** A d3-geo path context that keeps each ring or line it is given as a line of points, scaled by `scale`. */
const lineRecorder = (scale) => {
  const lines = [];
  let line;
  return {
    lines,
    moveTo: (x, y) => {
      line = [[x * scale, y * scale]];
      lines.push(line);
    },
    lineTo: (x, y) => line.push([x * scale, y * scale]),
    closePath: () => line.push(line[0]),
    beginPath: () => {},
    arc: () => {},
  };
};

/** The radius of the circle around `line`'s bounding box. */
const radiusOf = (line) => {
  const xs = line.map(([x]) => x);
  const ys = line.map(([, y]) => y);
  return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2;
};

const { drawMap, DRAWN_WIDTH, loadMapPackages } = await loadMapBuild();
const { geo, client, countries } = await loadMapPackages();
const fullDetail = await countries('10m');
/** Whether d3-geo reads `ring` (longitude, latitude points) as enclosing more than half the earth. */
const enclosesTheRest = (ring) => geo.geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
/** The polygons of a feature or a geometry, each its rings. */
const polygonsOf = (shape) => {
  const geometry = shape.type === 'Feature' ? shape.geometry : shape;
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  return geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
};
/**
 * `land` with each exterior ring that d3-geo would read as the rest of the world (wound the other
 * way, as one of 1:10m's Maldives is) turned round: d3-geo's polygons are spherical, and such a
 * ring draws the world's edge where Natural Earth has no line.
 */
const rewound = (land) => {
  const turned = polygonsOf(land).map((rings) => rings.map((ring, index) => (index === 0 && enclosesTheRest(ring) ? [...ring].reverse() : ring)));
  return { ...land, geometry: { type: 'MultiPolygon', coordinates: turned } };
};
/**
 * The rings of `shape` wound the wrong way round: an exterior that encloses the rest of the earth,
 * a hole that encloses less (but not nothing: a ring simplified into a line fills nothing).
 */
const turnedRound = (shape) =>
  polygonsOf(shape).flatMap((rings, polygon) =>
    rings.flatMap((ring, index) => {
      const area = geo.geoArea({ type: 'Polygon', coordinates: [ring] });
      const wrong = index === 0 ? area > 2 * Math.PI : area > 0 && area <= 2 * Math.PI;
      return wrong ? [`polygon ${polygon} ring ${index}`] : [];
    }),
  );
const sourceLands = client.feature(fullDetail, fullDetail.objects.countries).features.map(rewound);

const fixtures = JSON.parse(await readFile(new URL('test/fixtures/map-projects.json', root), 'utf8'));
const only = process.argv.slice(2);
const projects = [
  ...caseIds.map((id) => fixtures.find((project) => project.id === id)),
  JSON.parse(await readFile(new URL('content/projects/admin4all.json', root), 'utf8')),
].filter((project) => !only.length || only.includes(project.id));

const format = (value) => value.toFixed(2);
let failures = 0;
for (const project of projects) {
  const started = Date.now();
  const { document, projection, shapes } = await drawMap(project, 1);
  const wrongWay = [...shapes].flatMap(([name, shape]) => turnedRound(shape).map((ring) => `${name} ${ring}`));
  const scale = DRAWN_WIDTH / document.width;
  const [width, height] = [document.width * scale, document.height * scale];
  const inFrame = (x, y) => x >= 0 && x <= width && y >= 0 && y <= height;
  const drawn = [document.land, document.borders, ...document.countries.map((country) => country.d)].flatMap((data) => linesOfPath(data, scale));
  const recorder = lineRecorder(scale);
  // Natural Earth's lines as d3-geo draws them, great circles between the points.
  const path = geo.geoPath(projection.precision(0.1), recorder);
  for (const land of sourceLands) path(land);
  const source = recorder.lines;
  const radii = new Map(source.map((line) => [line, radiusOf(line)]));
  const options = { step: STEP, cell: CELL, limit: LIMIT, keep: inFrame };
  const away = directedHausdorff(drawn, new SegmentIndex(source, CELL), options);
  const missed = directedHausdorff(source, new SegmentIndex(drawn, CELL), { ...options, allowance: (line) => radii.get(line) });
  const worst = Math.max(away.distance, missed.distance);
  const limit = MAX_DISTANCE[document.source.resolution];
  const ok = worst <= limit && !wrongWay.length;
  if (!ok) failures += 1;
  const where = (result) => (result.at ? ` at (${result.at.map((value) => value.toFixed(1)).join(', ')})` : '');
  console.log(
    `${ok ? '✓' : '✗'} (≤ ${limit} px) ${project.id} (${project.countries.map((country) => country.code).join(' ')}): ${document.source.resolution}, ` +
      `${format(width)} × ${format(height)} px; drawn → 1:10m ${format(away.distance)} px${where(away)}, ` +
      `1:10m → drawn ${format(missed.distance)} px${where(missed)} (specks left out: up to ${format(missed.allowed)} px radius); ` +
      `${wrongWay.length ? `rings wound the wrong way round: ${wrongWay.join(', ')}` : 'every ring wound round its land'}; ` +
      `document ${gzipSync(JSON.stringify(document), { level: 9 }).length} B gzip; ${(Date.now() - started) / 1000} s`,
  );
}
console.log(failures ? `${failures} map(s) beyond their line from Natural Earth's 1:10m` : `every map within its line from Natural Earth's 1:10m at ${DRAWN_WIDTH} px wide`);
process.exit(failures ? 1 : 0);
