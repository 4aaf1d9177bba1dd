/**
 * Reads a content folder (`<dir>/<kind>/<id>.json`, one record per file) and checks all of it:
 * every file against the rules of its kind (the same rules as feeds), file names against ids,
 * ids against each other, and every reference against the records that exist. Every problem is
 * reported at once, each with its file and JSON path.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { quote, type Issue } from '../rules.js';
import { contentKinds, recordFileRule, type ContentKind, type ContentRecords } from './kinds.js';
import { referencesOf } from './references.js';

/** One problem of a content folder: the file, the JSON path in it, and what is wrong. */
export interface ContentProblem {
  /** The file (or folder), as the folder was named plus its path inside: `content/news/a.json`. */
  readonly file: string;
  /** Where in the file, such as `figures[0].value`; `(document)` for the whole file. */
  readonly path: string;
  /** What is wrong, in English, quoting the offending value. */
  readonly message: string;
}

/** A content folder as read: its valid records, and every problem found. */
export interface ContentFolder {
  /** The folder, as it was named. */
  readonly dir: string;
  /** The valid records of each kind, in the order of their file names. */
  readonly records: ContentRecords;
  /** Every problem, file by file; empty when the folder can be built. */
  readonly problems: readonly ContentProblem[];
  /** How many record files the folder holds. */
  readonly files: number;
}

/** A problem as a line of text: `<file>: <json path>: <what is wrong>`. */
export const formatProblem = (problem: ContentProblem): string => `${problem.file}: ${problem.path}: ${problem.message}`;

/** Files read at once: enough to keep the disk busy, few enough to stay far from the open-files limit. */
const readsAtOnce = 64;

const isHidden = (name: string) => name.startsWith('.');

interface RecordFile {
  readonly file: string;
  readonly name: string;
  readonly record: { readonly id: string } | undefined;
  readonly issues: readonly Issue[];
}

const readRecordFile = async (kind: ContentKind, file: string, name: string): Promise<RecordFile> => {
  let document: unknown;
  try {
    // A byte order mark is not part of the JSON (editors on Windows may write one).
    document = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { file, name, record: undefined, issues: [{ path: '(document)', message: `cannot be read as JSON (${why})` }] };
  }
  const issues: Issue[] = [];
  const record = recordFileRule(kind).parse(document, '', issues) as { id: string } | undefined;
  return { file, name, record, issues };
};

/** Reads the record files of one kind's folder; other entries are problems (hidden files are ignored). */
const readKindFolder = async (dir: string, kind: ContentKind, problems: ContentProblem[]): Promise<RecordFile[]> => {
  const folder = join(dir, kind);
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !isHidden(entry.name));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.json')) names.push(entry.name);
    else problems.push({ file: join(folder, entry.name), path: '(file)', message: `is not a record file (a record of ${kind} is a file <id>.json)` });
  }
  const files: RecordFile[] = [];
  for (let start = 0; start < names.length; start += readsAtOnce) {
    const batch = names.slice(start, start + readsAtOnce);
    files.push(...(await Promise.all(batch.map((name) => readRecordFile(kind, join(folder, name), name)))));
  }
  return files;
};

/**
 * The records of valid files, each id once: of files with the same id, the one named after it
 * (else the first) keeps it, and each other one is a problem; so is a file not named after its id.
 */
const keepOnePerId = <T extends { id: string }>(files: readonly RecordFile[], problems: ContentProblem[]): { records: T[]; fileOf: Map<string, string> } => {
  const owners = new Map<string, RecordFile>();
  for (const file of files) {
    if (!file.record) continue;
    const owner = owners.get(file.record.id);
    if (!owner || (owner.name !== `${file.record.id}.json` && file.name === `${file.record.id}.json`)) owners.set(file.record.id, file);
  }
  for (const file of files) {
    if (!file.record) continue;
    const { id } = file.record;
    if (file.name !== `${id}.json`) {
      const name = file.name.slice(0, -'.json'.length);
      problems.push({ file: file.file, path: 'id', message: `${quote(id)} is not the file's name (${quote(name)}): a record's file is named <its id>.json` });
    }
    const owner = owners.get(id)!;
    if (owner !== file) problems.push({ file: file.file, path: 'id', message: `${quote(id)} is already the id of ${owner.file}` });
  }
  const records = [...owners.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { records: records.map((file) => file.record as T), fileOf: new Map(records.map((file) => [file.record!.id, file.file])) };
};

const kindWords: Record<ContentKind, string> = {
  news: 'news item',
  partnerships: 'partnership',
  projects: 'project',
  contacts: 'contact',
  organizations: 'organization',
};

/**
 * Reads and checks the content folder `dir`. Throws only when `dir` itself cannot be read (it
 * does not exist, or is not a folder); everything wrong inside it is a {@link ContentProblem}.
 * The references of a record are checked once the rest of its file is valid.
 */
export const loadContentFolder = async (dir: string): Promise<ContentFolder> => {
  const problems: ContentProblem[] = [];
  const present = new Set<string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (isHidden(entry.name) || !entry.isDirectory()) continue;
    if ((contentKinds as string[]).includes(entry.name)) present.add(entry.name);
    else problems.push({ file: join(dir, entry.name), path: '(folder)', message: `is not a kind of record (the folders are ${contentKinds.join(', ')})` });
  }
  const records = {} as Record<ContentKind, { id: string }[]>;
  const fileOf = {} as Record<ContentKind, Map<string, string>>;
  let count = 0;
  for (const kind of contentKinds) {
    const files = present.has(kind) ? await readKindFolder(dir, kind, problems) : [];
    count += files.length;
    for (const file of files) for (const issue of file.issues) problems.push({ file: file.file, ...issue });
    ({ records: records[kind], fileOf: fileOf[kind] } = keepOnePerId(files, problems));
  }
  const ids = Object.fromEntries(contentKinds.map((kind) => [kind, new Set(records[kind].map((record) => record.id))])) as Record<ContentKind, Set<string>>;
  for (const kind of contentKinds) {
    for (const record of records[kind]) {
      for (const reference of referencesOf(kind, record as never)) {
        if (ids[reference.kind].has(reference.id)) continue;
        problems.push({
          file: fileOf[kind].get(record.id)!,
          path: reference.path,
          message: `${quote(reference.id)} is not the id of any ${kindWords[reference.kind]} (there is no ${reference.kind}/${reference.id}.json)`,
        });
      }
    }
  }
  return { dir, records: records as unknown as ContentRecords, problems: sortedByFile(problems), files: count };
};

/** Problems file by file (in the order found within a file), so that each file's problems stand together. */
const sortedByFile = (problems: readonly ContentProblem[]): ContentProblem[] =>
  problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : a.index - b.index))
    .map(({ problem }) => problem);
