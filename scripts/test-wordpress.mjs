// Tests the WordPress plugin against a real WordPress (Debian's `wordpress` package) on loopback:
// starts MariaDB on a temporary datadir and socket, installs WordPress into a temporary copy with
// its own wp-config.php, installs the packaged plugin from its zip as an admin would, creates an
// Author (no unfiltered_html), and as that Author publishes through the REST API a post with
// pasted tags and a pasted <script>, and a post with shortcodes. Chromium then reads both posts
// as a visitor would. As the administrator it publishes posts with markup, entities and scripts,
// imports the site's posts with `iom-widgets import wordpress`, checks the record files, imports
// again (nothing changes), and shows the imported news in <iom-news-card> widgets read by
// Chromium. Everything it started is stopped, and its temporary folder removed.
// Needs the built cdn/ (`npm run build`), and Debian's wordpress, wordpress-theme-twentytwentythree,
// mariadb-server, php-cli and php-mysql (scripts/system-packages.mjs installs them).
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from './browser.mjs';
import { packageWordPressPlugin } from './package-wordpress.mjs';
import { requirePackages } from './system-packages.mjs';

requirePackages(['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql', 'chromium']);

const limitMs = 300_000;
const env = { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` };
const run = (command, args, options = {}) => promisify(execFile)(command, args, { env, timeout: 120_000, ...options });
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `ready` every 250 ms until it resolves truthy; fails after `ms`. */
const waitFor = async (what, ready, ms = 60_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(250)) {
    if (await ready().catch(() => false)) return;
  }
  throw new Error(`timed out waiting for ${what}`);
};

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

const started = [];
let temp;
let browser;

/** Starts a long-running process in its own process group, logging to `log`. */
const start = (command, args, log) => {
  const output = openSync(log, 'a');
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', output, output] });
  started.push(child);
  return child;
};

const stop = async (child) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-child.pid, 'SIGTERM');
  if (!(await Promise.race([exited.then(() => true), sleep(20_000)]))) process.kill(-child.pid, 'SIGKILL');
};

const cleanup = async () => {
  await browser?.close().catch(() => {});
  await Promise.all(started.map((child) => stop(child).catch(() => {})));
  if (temp) await rm(temp, { recursive: true, force: true });
};

const timer = setTimeout(() => {
  console.error(`✗ the WordPress test did not finish within ${limitMs / 1000} s`);
  cleanup().finally(() => process.exit(1));
}, limitMs);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanup().finally(() => process.exit(1)));

const startMariaDb = async () => {
  const datadir = join(temp, 'db');
  const socket = join(temp, 'mysql.sock');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  await run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot]);
  start('mariadbd', ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(temp, 'mariadb.pid')}`, ...asRoot], join(temp, 'mariadb.log'));
  const client = ['--no-defaults', `--socket=${socket}`, '--user=root'];
  await waitFor('MariaDB', () => run('mariadb-admin', [...client, 'ping']).then(() => true));
  await run('mariadb', [...client, '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);
  return socket;
};

const wpConfig = (socket, origin) => {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${randomBytes(32).toString('hex')}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
// Application passwords over plain HTTP are allowed on 'local' sites only.
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(temp, 'debug.log')}');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
};

// Installs WordPress, unpacks the plugin's zip with WordPress's own unzip_file() (what Plugins →
// Add New → Upload does), activates it, and creates an Author with an application password.
const installPhp = (site, archive) => `<?php
define('WP_INSTALLING', true);
require ${JSON.stringify(join(site, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
function fail($what) { fwrite(STDERR, $what . "\\n"); exit(1); }
add_filter('pre_wp_mail', '__return_false'); // no "new site" email
wp_install('IOM widgets test', 'admin', 'admin@example.org', false, '', wp_generate_password());
if (!WP_Filesystem()) fail('no direct file system access');
$unzipped = unzip_file(${JSON.stringify(archive)}, WP_PLUGIN_DIR);
if (is_wp_error($unzipped)) fail($unzipped->get_error_message());
$activated = activate_plugin('iom-widgets/iom-widgets.php');
if (is_wp_error($activated)) fail($activated->get_error_message());
$author = wp_insert_user(['user_login' => 'author', 'user_pass' => wp_generate_password(), 'user_email' => 'author@example.org', 'role' => 'author']);
if (is_wp_error($author)) fail($author->get_error_message());
$created = WP_Application_Passwords::create_new_application_password($author, ['name' => 'iom-widgets test']);
if (is_wp_error($created)) fail($created->get_error_message());
// The administrator (who has unfiltered_html, so may post a <script>) publishes the posts to import.
$admin = get_user_by('login', 'admin');
$adminCreated = WP_Application_Passwords::create_new_application_password($admin->ID, ['name' => 'iom-widgets import test']);
if (is_wp_error($adminCreated)) fail($adminCreated->get_error_message());
echo json_encode(['password' => $created[0], 'adminPassword' => $adminCreated[0]]);
`;

const checks = [];
const check = (ok, what) => {
  checks.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${what}`);
};

/**
 * What a visitor sees of every widget on `url` (in page order), once the widgets named in `rendering`
 * show their title; plus the loader's tag, any request to another site and any dialog.
 */
const visit = async (url, origin, rendering) => {
  const page = await browser.newPage();
  const foreign = [];
  const dialogs = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page
    .waitForFunction(
      (names) => names.every((name) => document.querySelector(name)?.shadowRoot?.querySelector('[part~="base"] [part~="title"]')),
      { timeout: 30_000 },
      rendering,
    )
    .catch(() => {});
  const seen = await page.evaluate(() => {
    const loader = document.querySelector('script#iom-widgets-loader-js');
    const tags = 'iom-news-card, iom-news-list, iom-partnership-timeline, iom-project-map, iom-contact-box';
    const widgets = [...document.querySelectorAll(tags)].map((element) => {
      const root = element.shadowRoot;
      const title = root?.querySelector('[part~="base"] [part~="title"]');
      return {
        attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        title: title?.textContent.trim() ?? null,
        // The title is a native heading, <h1> to <h6>.
        level: title?.localName.match(/^h([1-6])$/)?.[1] ?? null,
        error: Boolean(root?.querySelector('[part~="error"]')),
      };
    });
    const loaderTag = loader && { type: loader.type, src: loader.src, integrity: loader.integrity, crossorigin: loader.crossOrigin };
    return { loaderTag, widgets };
  });
  await page.close();
  return { ...seen, foreign, dialogs };
};

/** Runs `iom-widgets import` with `args`: its exit code and output. */
const runImport = (args) =>
  run(process.execPath, ['bin/iom-widgets.mjs', 'import', ...args]).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/** The records of the news record files in `folder`. */
const recordsIn = async (folder) =>
  Promise.all((await readdir(folder)).sort().map(async (name) => ({ name, record: JSON.parse(await readFile(join(folder, name), 'utf8')) })));

/**
 * As the administrator, publishes posts with markup, entities and scripts; imports the site's
 * posts with `iom-widgets import wordpress` into a content folder, twice; checks the record files;
 * and shows one in an <iom-news-card> from a feed made of them, as a visitor sees it.
 */
const checkImport = async (site, origin, rest, admin) => {
  const publish = async (post) => rest('/wp/v2/posts', {}, { status: 'publish', ...post }, admin);
  const markup = await publish({
    title: 'IOM &amp; partners: <em>emergency</em> response',
    content: '<!-- wp:paragraph --><p>First paragraph, with an entity: l&rsquo;&eacute;t&eacute;.</p><!-- /wp:paragraph -->\n<script>alert("content")</script>\n<!-- wp:paragraph --><p>Second <strong>paragraph</strong>.</p><!-- /wp:paragraph -->',
  });
  const scripted = await publish({
    title: '<script>alert("title")</script>A title with a script',
    excerpt: 'An excerpt <img src=x onerror="alert(\'excerpt\')"> with an image',
    content: '<p>The content.</p>',
  });
  const importCheck = (ok, what) => check(ok, `import: ${what}`);
  const content = join(temp, 'content');
  const first = await runImport(['wordpress', origin, '--out', content, '--lang', 'en', '--organization', 'iom']);
  const files = await recordsIn(join(content, 'news'));
  // The post of shortcodes holds no text a reader sees (only widget tags): no summary, so skipped.
  importCheck(
    first.status === 1 && /: 4 news items in .* \(4 new, 0 updated, 0 unchanged\); 1 skipped\n$/.test(first.stdout) && files.length === 4,
    `iom-widgets import wordpress (a site without pretty permalinks: ?rest_route=) writes 4 records, exit 1 (${first.stdout.trim()})`,
  );
  importCheck(/post \d+ \("Shortcodes"\): skipped: has no summary/.test(first.stderr), `the post of shortcodes, without text, is named as skipped, with why (${first.stderr.trim()})`);
  const byTitle = (title) => files.find(({ record }) => record.title.en === title)?.record;
  const imported = byTitle('IOM & partners: emergency response');
  importCheck(
    imported?.summary.en === 'First paragraph, with an entity: l’été. Second paragraph.' && imported.url === markup.link && imported.date === markup.date_gmt.slice(0, 10) && imported.source.en === 'IOM widgets test',
    `markup and entities as plain text, the admin's <script> dropped, link, date, the site's name (${JSON.stringify(imported)})`,
  );
  const withScript = byTitle('A title with a script');
  importCheck(withScript?.summary.en === 'An excerpt with an image' && withScript.url === scripted.link, `a <script> in a title and an <img onerror> in an excerpt dropped (${JSON.stringify(withScript?.summary)})`);
  // KSES removed the Author's <script> tags and left their text, which visitors see as text.
  const pasted = byTitle('Pasted tags');
  importCheck(pasted?.summary.en === 'alert(1)', `the text KSES left of the Author's pasted script, as visitors see it, is plain text (${JSON.stringify(pasted?.summary)})`);
  const marked = files.filter(({ name, record }) => name !== `${record.id}.json` || [record.title.en, record.summary.en].some((text) => /<[a-z!/?]/i.test(text)));
  importCheck(marked.length === 0, `no record holds markup; each file is named by its id${marked.length ? `: ${JSON.stringify(marked)}` : ''}`);
  const again = await runImport(['wordpress', origin, '--out', content, '--lang', 'en']);
  const filesAgain = await recordsIn(join(content, 'news'));
  importCheck(
    /\(0 new, 0 updated, 4 unchanged\)/.test(again.stdout) && JSON.stringify(filesAgain) === JSON.stringify(files),
    `a second import updates nothing and adds nothing: the same ids (${again.stdout.trim()})`,
  );

  // The content build has not landed: a feed document made of the record files, read by a card.
  const news = files.map(({ record: { $schema, ...record } }) => record);
  await writeFile(join(site, 'imported-news.json'), JSON.stringify({ version: 1, news }));
  await writeFile(
    join(site, 'imported-news.html'),
    `<!doctype html><html lang="en"><head><title>Imported news</title><script type="module" src="/wp-content/plugins/iom-widgets/cdn/loader.js"></script></head>
<body>${news.map((record) => `<iom-news-card src="/imported-news.json" article="${record.id}"></iom-news-card>`).join('\n')}</body></html>`,
  );
  const seen = await visit(`${origin}/imported-news.html`, origin, ['iom-news-card']);
  const titles = seen.widgets.map((widget) => widget.title);
  importCheck(
    JSON.stringify(titles) === JSON.stringify(news.map((record) => record.title.en)) && seen.widgets.every((widget) => !widget.error) && seen.dialogs.length === 0,
    `<iom-news-card src> shows each imported post's title as plain text, no script ran (${titles.join(' | ')})`,
  );
};

try {
  const { archive } = await packageWordPressPlugin();
  const integrity = JSON.parse(await readFile('cdn/integrity.json', 'utf8'))['loader.js'];
  temp = await mkdtemp(join(tmpdir(), 'iom-wp-'));
  const socket = await startMariaDb();
  const site = join(temp, 'wordpress');
  await cp('/usr/share/wordpress', site, { recursive: true, verbatimSymlinks: true });
  const origin = `http://127.0.0.1:${await freePort()}`;
  await writeFile(join(site, 'wp-config.php'), wpConfig(socket, origin));
  await writeFile(join(temp, 'install.php'), installPhp(site, resolve(archive)));
  const { stdout } = await run('php', [join(temp, 'install.php')], { cwd: site }).catch((error) => {
    throw new Error(`installing WordPress failed: ${error.stderr || error.message}`);
  });
  const { password, adminPassword } = JSON.parse(stdout.slice(stdout.indexOf('{')));

  start('php', ['-S', origin.slice('http://'.length), '-t', site], join(temp, 'php.log'));
  const rest = async (route, query = {}, body, user = ['author', password]) => {
    const url = `${origin}/?${new URLSearchParams({ rest_route: route, ...query })}`;
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Basic ${Buffer.from(user.join(':')).toString('base64')}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`${route}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  await waitFor('WordPress on loopback', () => fetch(`${origin}/?rest_route=/`).then((response) => response.ok));

  const me = await rest('/wp/v2/users/me', { context: 'edit' });
  check(me.roles.includes('author') && !me.capabilities.unfiltered_html, 'the poster is an Author, without unfiltered_html (KSES filters what they save)');

  const publish = async (title, content) => {
    const { id, link } = await rest('/wp/v2/posts', {}, { title, content, status: 'publish' });
    const saved = await rest(`/wp/v2/posts/${id}`, { context: 'edit' });
    return { link, raw: saved.content.raw };
  };

  const pasted = await publish(
    'Pasted tags',
    '<!-- wp:html -->\n<iom-news-card article="iom-amazon-global-agreement" heading-level="2" onclick="alert(2)"></iom-news-card>\n<script>alert(1)</script>\n<!-- /wp:html -->',
  );
  check(/<iom-news-card article="iom-amazon-global-agreement" heading-level="2"><\/iom-news-card>/.test(pasted.raw), 'the saved post keeps the pasted tag and its documented attributes');
  check(!/<script|onclick/i.test(pasted.raw), 'the saved post lost the pasted <script> and the event-handler attribute');

  const shortcodes = await publish(
    'Shortcodes',
    [
      '[iom_news_card article="iom-unodc-partnership-2024" layout="compact" onmouseover="alert(3)"]',
      '[iom_contact_box contact="migration-development-italy" heading-level="2"]',
      '[iom_news_list limit="1" src="javascript:alert(1)"]',
      `[iom_project_map project='admin4all" onclick="alert(4)']`,
    ].join('\n\n'),
  );

  browser = await launchChromium();
  const pastedPage = await visit(pasted.link, origin, ['iom-news-card']);
  const shortcodePage = await visit(shortcodes.link, origin, ['iom-news-card', 'iom-contact-box']);
  for (const [name, seen] of [['pasted-tag post', pastedPage], ['shortcode post', shortcodePage]]) {
    const loader = seen.loaderTag;
    check(
      loader?.type === 'module' && loader.integrity === integrity && loader.crossorigin === 'anonymous' && loader.src.startsWith(`${origin}/wp-content/plugins/iom-widgets/cdn/loader.js`),
      `${name}: the loader is a module served by the plugin, with its integrity hash`,
    );
    check(seen.foreign.length === 0, `${name}: no request leaves the site${seen.foreign.length ? ` (${seen.foreign.join(', ')})` : ''}`);
    check(seen.dialogs.length === 0, `${name}: no pasted script ran`);
  }
  const [card] = pastedPage.widgets;
  check(card.title === 'Amazon and IOM sign a global agreement on emergency response' && card.level === '2' && !card.error, `pasted <iom-news-card> shows its article as a level-2 heading (${card.title}, level ${card.level})`);
  const [shortcodeCard, contactBox, list, map] = shortcodePage.widgets;
  check(
    shortcodeCard.title === 'IOM and UNODC join forces against trafficking in persons and migrant smuggling' && !shortcodeCard.error,
    `[iom_news_card] shows its article (${shortcodeCard.title})`,
  );
  check(
    JSON.stringify(shortcodeCard.attributes) === JSON.stringify({ article: 'iom-unodc-partnership-2024', layout: 'compact' }),
    `[iom_news_card] passes its documented attributes and drops the rest (${JSON.stringify(shortcodeCard.attributes)})`,
  );
  check(contactBox.title === 'Migration and Development programme' && contactBox.level === '2' && !contactBox.error, `[iom_contact_box] shows its contact as a level-2 heading (${contactBox.title}, level ${contactBox.level})`);

  check(list.attributes.limit === '1' && !/^javascript:/i.test(list.attributes.src), `[iom_news_list] keeps src from running a script (src="${list.attributes.src}")`);
  check(
    JSON.stringify(map.attributes) === JSON.stringify({ project: 'admin4all" onclick="alert(4)' }),
    `[iom_project_map] escapes a value with quotes, which cannot add an attribute (${JSON.stringify(map.attributes)})`,
  );

  await checkImport(site, origin, rest, ['admin', adminPassword]);

  const log = await readFile(join(temp, 'debug.log'), 'utf8').catch(() => '');
  const pluginNotices = log.split('\n').filter((line) => line.includes('iom-widgets'));
  check(pluginNotices.length === 0, `the plugin raised no PHP notice${pluginNotices.length ? `:\n${pluginNotices.join('\n')}` : ''}`);
} catch (error) {
  check(false, error.message);
  for (const log of ['mariadb.log', 'php.log', 'debug.log']) {
    const lines = await readFile(join(temp ?? '', log), 'utf8').then((text) => text.trimEnd().split('\n').filter((line) => !line.includes('PHP Deprecated')).slice(-10), () => []);
    if (lines.length) console.error(`--- last lines of ${log}\n${lines.join('\n')}`);
  }
} finally {
  clearTimeout(timer);
  await cleanup();
}
process.exit(checks.every(Boolean) ? 0 : 1);
