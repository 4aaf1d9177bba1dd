/**
 * The JSON Schemas (draft 2020-12) of a content folder's record files and of every document of
 * the content API, generated from the rules that validate records (src/data/schema.ts).
 */
import type { JsonSchema } from '../rules.js';
import { idRule } from '../schema.js';
import { contentKinds, recordFileRule, recordFileSchemaUrl, recordRules, schemaBase, type ContentKind } from './kinds.js';
import { mapLocalizedTextSchemas, uiLanguages } from './languages.js';

/** The version of the content API's documents; a widget refuses documents of another. */
export const CONTENT_FORMAT = 1;

/** The number of news items on a page of a news index. */
export const PAGE_SIZE = 10;

const draft = 'https://json-schema.org/draft/2020-12/schema';

const strictObject = (properties: Record<string, JsonSchema>, required: string[], description: string): JsonSchema => ({
  type: 'object',
  description,
  properties,
  required,
  additionalProperties: false,
});

/** The schema of a record of `kind` cut to one language: each text in one language. */
const cutRecordSchema = (kind: ContentKind): JsonSchema =>
  mapLocalizedTextSchemas(recordRules[kind].schema(), (text) => ({
    ...text,
    maxProperties: 1,
    description: "A text in one language: the reader's, else English (else the record's first language), under the key of the language it is in.",
  }));

const formatSchema = { const: CONTENT_FORMAT, description: 'The version of the content API format.' };
const languageSchema = { enum: [...uiLanguages], description: 'The language the document was cut to.' };
const organizationsSchema = (description: string) => ({ type: 'array', description, items: cutRecordSchema('organizations') });

/** The id part of an index filter. */
const idPattern = (idRule.schema() as { pattern: string }).pattern.replace(/^\^|\$$/g, '');
export const filterPattern = `^(?:all|organization/${idPattern}|country/[A-Z]{2}|project/${idPattern}|year/\\d{4})$`;

const recordDocumentSchema = (kind: ContentKind): JsonSchema =>
  strictObject(
    {
      format: formatSchema,
      kind: { const: kind },
      id: idRule.schema(),
      lang: languageSchema,
      record: cutRecordSchema(kind),
      organizations: organizationsSchema('Every organization the record names, cut to the same language.'),
      ...(kind === 'projects' && { contact: { ...cutRecordSchema('contacts'), description: "The project's contact, cut to the same language." } }),
    },
    ['format', 'kind', 'id', 'lang', 'record', 'organizations'],
    `A ${kind} record in one language: <api>/${kind}/<id>/<lang>.json.`,
  );

const count = { type: 'integer', minimum: 0 };

const manifestSchema = strictObject(
  {
    format: formatSchema,
    languages: { type: 'array', items: { enum: [...uiLanguages] }, description: 'The languages every record is served in.' },
    pageSize: { type: 'integer', minimum: 1, description: 'The number of news items on a page of an index.' },
    counts: strictObject(Object.fromEntries(contentKinds.map((kind) => [kind, count])), [...contentKinds], 'The number of records of each kind.'),
    built: { type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T', description: 'When the content API was built (ISO 8601).' },
  },
  ['format', 'languages', 'pageSize', 'counts', 'built'],
  'What a content API holds: <api>/manifest.json.',
);

const newsIndexSchema = strictObject(
  {
    format: formatSchema,
    filter: { type: 'string', pattern: filterPattern, description: 'all, organization/<id>, country/<ISO 3166-1 alpha-2>, project/<id> or year/<yyyy>.' },
    lang: languageSchema,
    page: { type: 'integer', minimum: 1 },
    pages: { type: 'integer', minimum: 1 },
    total: { ...count, description: 'The number of news items in the index.' },
    pageSize: { type: 'integer', minimum: 1 },
    items: { type: 'array', maxItems: PAGE_SIZE, items: cutRecordSchema('news'), description: 'News items, newest first; undated ones last, in id order.' },
    organizations: organizationsSchema('Every organization the items name, cut to the same language.'),
  },
  ['format', 'filter', 'lang', 'page', 'pages', 'total', 'pageSize', 'items', 'organizations'],
  'A page of a news index: <api>/news/index/<filter>/<lang>/<page>.json.',
);

const point = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 };
const pathData = (description: string) => ({ type: 'string', pattern: '^[MLlZz0-9 .-]*$', description });

const mapDocumentSchema = strictObject(
  {
    format: formatSchema,
    kind: { const: 'map' },
    id: idRule.schema(),
    width: { type: 'number', minimum: 0, description: 'The width of the frame in map units (0 when no country of the project is drawn).' },
    height: { type: 'number', minimum: 0, description: 'The height of the frame in map units.' },
    projection: strictObject(
      {
        name: { enum: ['azimuthal-equal-area', 'equal-earth'], description: 'Lambert azimuthal equal-area centred on the countries, or Equal Earth for projects on several continents.' },
        centre: { ...point, description: 'The centre of the projection: longitude, latitude in degrees.' },
      },
      ['name', 'centre'],
      'The projection the paths are drawn in (d3-geo), fitted to the frame.',
    ),
    source: strictObject(
      {
        atlas: { type: 'string', description: 'The package and version of Natural Earth data the lines come from.' },
        resolution: { enum: ['110m', '50m', '10m'], description: 'The scale of Natural Earth the lines come from: 1:110m, 1:50m or 1:10m.' },
        tolerance: { type: 'number', minimum: 0, description: 'How far, in kilometres, the simplification may move a line (a pixel at a drawn width of 640 CSS pixels).' },
      },
      ['atlas', 'resolution', 'tolerance'],
      'Where the lines come from and how far they are simplified.',
    ),
    countries: {
      type: 'array',
      description: "The project's countries that Natural Earth draws, in the project's order.",
      items: strictObject(
        {
          code: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2.' },
          d: pathData('Its outline: SVG path data in map units, empty when it is too small to draw.'),
          marker: { ...point, description: 'Only for a country too small to see in the frame: where its marker goes, the centre of its largest part, x, y in map units.' },
        },
        ['code', 'd'],
        'A project country.',
      ),
    },
    land: pathData('Every other country and land in the frame, as one path (filled).'),
    borders: pathData('The borders between those other countries, as one path (stroked).'),
    missing: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' }, description: "The project's countries that Natural Earth does not draw (Réunion, Svalbard, …), in the project's order." },
  },
  ['format', 'kind', 'id', 'width', 'height', 'projection', 'source', 'countries', 'land', 'borders', 'missing'],
  "A project's map, projected and simplified for its frame: <api>/projects/<id>/map.json (one for every language).",
);

const published = (name: string, title: string, schema: JsonSchema): [string, JsonSchema] => [
  name,
  { $schema: draft, $id: `${schemaBase}${name}`, title, ...schema },
];

/** The schema of each document of the content API, by file name (`manifest.schema.json`, …). */
export const contentApiSchemas = (): Record<string, JsonSchema> =>
  Object.fromEntries([
    published('manifest.schema.json', 'iom-widgets content API manifest', manifestSchema),
    ...contentKinds.map((kind) => published(`${kind}.document.schema.json`, `iom-widgets content API ${kind} document`, recordDocumentSchema(kind))),
    published('news-index.schema.json', 'iom-widgets content API news index page', newsIndexSchema),
    published('map.schema.json', 'iom-widgets content API project map', mapDocumentSchema),
  ]);

/** The schema of each kind of record file (`news.schema.json`, …), by file name; files name it in "$schema". */
export const recordFileSchemas = (): Record<string, JsonSchema> =>
  Object.fromEntries(
    contentKinds.map((kind) => [
      `${kind}.schema.json`,
      { $schema: draft, $id: recordFileSchemaUrl(kind), title: `iom-widgets ${kind} record file`, ...recordFileRule(kind).schema() },
    ]),
  );
