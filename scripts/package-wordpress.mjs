// Packages the WordPress plugin: integrations/wordpress/iom-widgets/ plus the built cdn/ (the
// library, served by the site itself) into build/wordpress/iom-widgets/ and
// build/wordpress/iom-widgets.zip, the file a site admin uploads in Plugins → Add New.
// Needs `npm run build` first.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const pluginSource = 'integrations/wordpress/iom-widgets';
export const wordpressBuild = 'build/wordpress';

const filesUnder = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat().sort();
};

/** A zip archive (deflated entries, no timestamps to speak of) of `root`'s files under `prefix/`. */
const zip = async (root, prefix) => {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of await filesUnder(root)) {
    const name = Buffer.from(`${prefix}/${relative(root, file).split(sep).join('/')}`);
    const data = await readFile(file);
    const deflated = deflateRawSync(data, { level: 9 });
    // Version 2.0, UTF-8 names, deflate, DOS date 1980-01-01 (reproducible archives).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(0x0800, 2);
    common.writeUInt16LE(8, 4);
    common.writeUInt16LE(0, 6);
    common.writeUInt16LE(0x21, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(deflated.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([Buffer.alloc(4), common]);
    local.writeUInt32LE(0x04034b50, 0);
    const central = Buffer.concat([Buffer.alloc(6), common, Buffer.alloc(14)]);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: version 2.0
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};

/** Builds build/wordpress/iom-widgets/ and build/wordpress/iom-widgets.zip; resolves to their paths. */
export const packageWordPressPlugin = async () => {
  if (!existsSync('cdn/integrity.json')) {
    throw new Error('cdn/integrity.json is missing: run `npm run build` first');
  }
  const folder = join(wordpressBuild, 'iom-widgets');
  await rm(wordpressBuild, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await cp(pluginSource, folder, { recursive: true });
  await cp('cdn', join(folder, 'cdn'), { recursive: true });
  const archive = join(wordpressBuild, 'iom-widgets.zip');
  await writeFile(archive, await zip(folder, 'iom-widgets'));
  return { folder, archive };
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { archive } = await packageWordPressPlugin();
  console.log(`${archive}: the WordPress plugin with the library`);
}
