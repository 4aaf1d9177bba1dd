#!/usr/bin/env node
// iom-widgets command line.
//
// `iom-widgets validate feed.json [more.json …]` checks feeds against the published format, with
// every problem and its path; exit code 0 when all are valid, 1 when any is not, 2 when a file
// cannot be read or the command is wrong.
//
// `iom-widgets render page.html [--lang xx] [--hydrate url | --no-hydrate] [--styles url | inline]
// > out.html` prerenders the page's iom-* widgets (Declarative Shadow DOM and a light-DOM
// fallback; `-` reads the page from standard input), adds the script of cdn/hydrate.js before the
// page's iom-widgets script, links each shadow root to its style sheet in cdn/styles/ (beside
// that script, or at `--styles`; `--styles inline` puts the styles in a <style> instead), and
// writes the page to standard output. Each widget left for the browser is named on standard
// error; exit code 0 when every widget with built-in content was prerendered, 1 when one has a
// problem a reader would see (an unknown id, an ignored attribute value, a tag inside <svg>), 2
// when the page cannot be read (a missing file, an encoding it does not read, elements nested more
// than 10,000 levels deep) or the command is wrong, or when @lit-labs/ssr or parse5 is not
// installed (it says so). The page is read as bytes, in its own encoding, and written back in it.
//
// `iom-widgets validate <content folder>` checks a content folder (content/<kind>/<id>.json) as
// the content build does: every problem as `<file>: <json path>: <what is wrong>`; exit codes as
// for feeds.
//
// `iom-widgets content build <folder> --out <dir> [--link <url>]` checks the content folder and
// writes its static content API into <dir>, which it replaces only once the new one is complete;
// on any problem it prints them all, writes nothing and exits 1; 2 when the folder cannot be read
// or the command is wrong.
//
// `iom-widgets import rss <file-or-url> --out <content folder> --lang xx [--organization id]…` and
// `iom-widgets import wordpress <site-url> --out … --lang …` write the news of an RSS or Atom feed, or
// the posts of a WordPress site, as record files in <content folder>/news/ (a second import updates
// them). Each item skipped or imported with something left out is named on standard error, with
// why; a summary goes to standard output. Exit code 0 when every item was imported, 1 when some
// could not be, 2 when the source cannot be read (unreachable, not a feed, not WordPress), the
// command is wrong, or htmlparser2 or parse5 is not installed (it says so).
//
// `iom-widgets --help` prints the usage and exits 0; a command it does not know exits 2.
import { readFile, stat } from 'node:fs/promises';

const usage =
  'usage: iom-widgets validate <feed.json | content folder> [more …]\n' +
  '       iom-widgets content build <content folder> --out <dir> [--link <url of the feeds\' web page>]\n' +
  '       iom-widgets render <page.html | -> [--lang <language>] [--hydrate <url of cdn/hydrate.js> | --no-hydrate]\n' +
  '                          [--styles <url of cdn/styles/> | --styles inline] > out.html\n' +
  '       iom-widgets import rss <file-or-url> --out <content folder> --lang <language> [--organization <id>]…\n' +
  '       iom-widgets import wordpress <site-url> --out <content folder> --lang <language> [--organization <id>]…\n' +
  '       iom-widgets --help';
const [command, ...args] = process.argv.slice(2);
const asksForHelp = [command, ...args].some((arg) => arg === '--help' || arg === '-h') || command === 'help';

/** Each kind of record, in the singular and the plural, for counts such as "1 organization". */
const recordWords = {
  news: { one: 'news item', other: 'news items' },
  organizations: { one: 'organization', other: 'organizations' },
  partnerships: { one: 'partnership', other: 'partnerships' },
  projects: { one: 'project', other: 'projects' },
  contacts: { one: 'contact', other: 'contacts' },
  problems: { one: 'problem', other: 'problems' },
};
const englishPlurals = new Intl.PluralRules('en');

/** `count` with the word for `kind` in the form English uses for that number: "1 organization", "3 news items". */
const countOf = (count, kind) => {
  const words = recordWords[kind];
  return words ? `${count} ${words[englishPlurals.select(count)] ?? words.other}` : `${count} ${kind}`;
};

/**
 * `value` (a file name, a path or value from a feed, a message quoting one) as printable text:
 * control characters, line and paragraph separators and bidirectional controls escaped as
 * `\u001b`, so that nothing read from a file can move the cursor, retitle the terminal, reorder
 * what it shows or forge a line of output.
 */
const printable = (value) =>
  String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The message of `error`, printable. */
const messageOf = (error) => printable(error instanceof Error ? error.message : error);

const fail = (message) => {
  console.error(message);
  process.exit(2);
};

/** The bytes of `file`, or of standard input for `-`. */
const readInput = async (file) => {
  if (file !== '-') return readFile(file);
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

/** The value of `--name value`, `undefined` when absent; the usage when it has no value. */
const option = (name, at = args.indexOf(name)) => {
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(usage);
  return value;
};

const render = async () => {
  const valued = ['--lang', '--hydrate', '--styles'];
  const files = args.filter((arg, index) => !arg.startsWith('--') && !valued.includes(args[index - 1]));
  const unknown = args.filter((arg) => arg.startsWith('--') && ![...valued, '--no-hydrate'].includes(arg));
  if (files.length !== 1 || unknown.length) fail(usage);
  const lang = option('--lang');
  const hydration = args.includes('--no-hydrate') ? false : option('--hydrate');
  const styles = option('--styles');
  let page;
  try {
    page = await readInput(files[0]);
  } catch (error) {
    fail(`${printable(files[0])}: cannot be read (${messageOf(error)})`);
  }
  const { renderPage, MissingPackagesError, UnreadablePageError } = await import('../dist/render.js');
  let status = 0;
  const output = await renderPage(page, {
    ...(lang && { lang }),
    ...(hydration !== undefined && { hydration }),
    ...(styles && { styles }),
    onWarning: (message) => console.error(`${printable(files[0])}: ${printable(message)}`),
    onSkip: ({ tag, line, reason, problem }) => {
      if (problem) status = 1;
      console.error(`${printable(files[0])}:${line}: <${printable(tag)}> left for the browser: ${printable(reason)}`);
    },
  }).catch((error) => {
    // The prerendering packages, which browser apps do not install: say which to install.
    if (error instanceof MissingPackagesError) fail(error.message);
    if (error instanceof UnreadablePageError) fail(`${printable(files[0])}: cannot be prerendered: ${messageOf(error)}`);
    throw error;
  });
  process.stdout.write(output);
  return status;
};

/** `count` of each kind of record, as "2 news items, 1 organization", or "no records". */
const countsOf = (records) =>
  Object.entries(records)
    .filter(([, value]) => Array.isArray(value))
    .map(([kind, value]) => countOf(value.length, kind))
    .join(', ') || 'no records';

/**
 * Reads the content folder `dir` and prints its problems, one `<file>: <json path>: <what is
 * wrong>` a line, or that it is valid. Answers the folder, or `undefined` when it cannot be read.
 */
const checkContentFolder = async (dir) => {
  const { loadContentFolder, formatProblem } = await import('../dist/content.js');
  let folder;
  try {
    folder = await loadContentFolder(dir);
  } catch (error) {
    console.error(`${printable(dir)}: cannot be read as a content folder (${messageOf(error)})`);
    return undefined;
  }
  if (folder.problems.length === 0) console.log(`${printable(dir)}: valid (${countsOf(folder.records)})`);
  else {
    console.log(`${printable(dir)}: ${countOf(folder.problems.length, 'problems')}`);
    for (const problem of folder.problems) console.log(printable(formatProblem(problem)));
  }
  return folder;
};

const isFolder = (path) => stat(path).then((entry) => entry.isDirectory(), () => false);

const validate = async () => {
  const { formatIssue, validateFeed } = await import('../dist/data/index.js');
  let status = 0;
  for (const file of args) {
    if (await isFolder(file)) {
      const folder = await checkContentFolder(file);
      status = Math.max(status, folder ? (folder.problems.length ? 1 : 0) : 2);
      continue;
    }
    let document;
    try {
      // A byte order mark is not part of the JSON: browsers drop it when they decode a feed.
      document = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      console.error(`${printable(file)}: cannot be read as JSON (${messageOf(error)})`);
      status = 2;
      continue;
    }
    const { feed, issues } = validateFeed(document);
    if (issues.length === 0) {
      console.log(`${printable(file)}: valid (${countsOf(feed ?? {})})`);
      continue;
    }
    status = Math.max(status, 1);
    console.log(`${printable(file)}: ${countOf(issues.length, 'problems')}${feed ? '' : ' (nothing usable)'}`);
    for (const issue of issues) console.log(`  ${printable(formatIssue(issue))}`);
  }
  return status;
};

/** A number of bytes as kilobytes or megabytes (1 KB = 1000 bytes). */
const sizeOf = (bytes) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);

/** `content build <folder> --out <dir> [--link <url>]`. */
const buildContent = async () => {
  const valued = ['--out', '--link'];
  const [subcommand, ...rest] = args;
  const folders = rest.filter((arg, index) => !arg.startsWith('--') && !valued.includes(rest[index - 1]));
  const unknown = rest.filter((arg) => arg.startsWith('--') && !valued.includes(arg));
  if (subcommand !== 'build' || folders.length !== 1 || unknown.length) fail(usage);
  const out = option('--out') ?? fail(usage);
  const link = option('--link');
  const folder = await checkContentFolder(folders[0]);
  if (!folder) return 2;
  if (folder.problems.length) {
    console.log(`nothing written to ${printable(out)}`);
    return 1;
  }
  const { buildContentApi, MissingPackagesError } = await import('../dist/content.js');
  try {
    const { written } = await buildContentApi(folder, { out, ...(link && { link }) });
    console.log(`${printable(out)}: wrote the content API (${written.files} files, ${sizeOf(written.bytes)})`);
    return 0;
  } catch (error) {
    // Projects' maps need the map data packages: say which to install.
    if (error instanceof MissingPackagesError) fail(error.message);
    console.error(`${printable(out)}: cannot be written (${messageOf(error)}); nothing written`);
    return 2;
  }
};

/** Every value of a repeatable `--name value`. */
const options = (name) => args.flatMap((arg, index) => (arg === name ? [option(name, index)] : []));

const importNews = async () => {
  const valued = ['--out', '--lang', '--organization'];
  const [kind, ...rest] = args;
  const sources = rest.filter((arg, index) => !arg.startsWith('--') && !valued.includes(rest[index - 1]));
  const unknown = args.filter((arg) => arg.startsWith('--') && !valued.includes(arg));
  const out = option('--out');
  const lang = option('--lang');
  if (!['rss', 'wordpress'].includes(kind) || sources.length !== 1 || unknown.length || !out || !lang) fail(usage);
  const [source] = sources;
  const { importFeed, importWordPress, ImportSourceError, ImportOptionsError, MissingPackagesError } = await import('../dist/import.js');
  const importer = kind === 'rss' ? importFeed : importWordPress;
  const report = await importer(source, { out, lang, organizations: options('--organization') }).catch((error) => {
    if (error instanceof ImportSourceError) fail(`${printable(source)}: ${messageOf(error)}`);
    if (error instanceof ImportOptionsError) fail(`${messageOf(error)}\n${usage}`);
    if (error instanceof MissingPackagesError) fail(error.message);
    throw error;
  });
  for (const { item, message } of report.skipped) console.error(`${printable(source)}: ${printable(item)}: skipped: ${printable(message)}`);
  for (const { item, message } of report.notes) console.error(`${printable(source)}: ${printable(item)}: ${printable(message)}`);
  const written = report.created.length + report.updated.length + report.unchanged.length;
  console.log(
    `${printable(source)}: ${countOf(written, 'news')} in ${printable(report.folder)} ` +
      `(${report.created.length} new, ${report.updated.length} updated, ${report.unchanged.length} unchanged)` +
      `${report.skipped.length ? `; ${report.skipped.length} skipped` : ''}`,
  );
  return report.skipped.length ? 1 : 0;
};

if (asksForHelp) console.log(usage);
else if (command === 'validate' && args.length > 0) process.exitCode = await validate();
else if (command === 'content') process.exitCode = await buildContent();
else if (command === 'render') process.exitCode = await render();
else if (command === 'import') process.exitCode = await importNews();
else if (command === undefined || command === 'validate') fail(usage);
else fail(`iom-widgets: "${printable(command)}" is not a command\n${usage}`);
