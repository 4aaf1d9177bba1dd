// The Debian packages the tests need beside Node.js, and what to do when one is missing.
//
// `node scripts/system-packages.mjs` (the first step of `npm test`) installs the missing ones
// from Debian's packages when it runs as root on a machine with apt-get, saying in one line what
// it installs; elsewhere it names them, with the command that installs them, in one line, and
// exits 1. `--check` only reports: it never installs. Scripts that need a package ask
// `requirePackages()` first, so that a missing program is one clear line, never an ENOENT.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the browser tests find Chromium. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

// Debian puts the database server in sbin, which a user's PATH may lack.
const searchPath = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'].filter(Boolean);

/** Whether `command` is an executable on the PATH (or in sbin). */
const onPath = (command) => searchPath.some((folder) => existsSync(join(folder, command)));

const phpHasMysqli = () => {
  if (!onPath('php')) return false;
  const modules = spawnSync('php', ['-m'], { encoding: 'utf8' });
  return modules.status === 0 && modules.stdout.split('\n').some((line) => line.trim() === 'mysqli');
};

/** Each package: what needs it, and how to tell that it is there. */
export const systemPackages = [
  { name: 'chromium', neededBy: 'the browser tests', present: () => existsSync(chromiumPath) },
  { name: 'wordpress', neededBy: "the WordPress plugin's test", present: () => existsSync('/usr/share/wordpress/wp-settings.php') },
  {
    name: 'wordpress-theme-twentytwentythree',
    neededBy: "the WordPress plugin's test",
    present: () => existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree'),
  },
  {
    name: 'mariadb-server',
    neededBy: "the WordPress plugin's test",
    present: () => ['mariadbd', 'mariadb-install-db', 'mariadb-admin', 'mariadb'].every(onPath),
  },
  { name: 'php-cli', neededBy: "the WordPress plugin's test", present: () => onPath('php') },
  { name: 'php-mysql', neededBy: "the WordPress plugin's test", present: phpHasMysqli },
];

/** The names of the packages in `names` (default: all) that are not installed. */
export const missingPackages = (names = systemPackages.map(({ name }) => name)) =>
  systemPackages.filter(({ name, present }) => names.includes(name) && !present()).map(({ name }) => name);

const installCommand = (names) => `apt-get install -y ${names.join(' ')}`;

/** One line naming the missing packages and the command that installs them. */
export const missingLine = (names) =>
  `✗ missing Debian package${names.length === 1 ? '' : 's'} ${names.join(', ')}: install with \`sudo ${installCommand(names)}\` (or as root without sudo)`;

/** Exits with one clear line when a package in `names` is missing. */
export const requirePackages = (names) => {
  const missing = missingPackages(names);
  if (missing.length === 0) return;
  console.error(missingLine(missing));
  process.exit(1);
};

const canInstall = () => process.getuid?.() === 0 && onPath('apt-get');

/** "a, b (for what needs them); c (for what needs it)": the packages in `names`, grouped by what needs them. */
const describe = (names) => {
  const byNeed = new Map();
  for (const { name, neededBy } of systemPackages.filter(({ name }) => names.includes(name))) {
    byNeed.set(neededBy, [...(byNeed.get(neededBy) ?? []), name]);
  }
  return [...byNeed].map(([neededBy, packages]) => `${packages.join(', ')} (for ${neededBy})`).join('; ');
};

/** Installs `names` from Debian's packages; apt-get's own output is shown only when it fails. */
const install = (names) => {
  console.log(`Installing from Debian's packages: ${describe(names)}`);
  const options = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...names]]) {
    const result = spawnSync('apt-get', args, options);
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed:\n${result.stdout}${result.stderr}`);
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = missingPackages();
  if (missing.length && !process.argv.includes('--check') && canInstall()) {
    try {
      install(missing);
    } catch (error) {
      console.error(`✗ could not install ${missing.join(', ')}: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  }
  const left = missingPackages();
  if (left.length) {
    console.error(missingLine(left));
    process.exit(1);
  }
}
