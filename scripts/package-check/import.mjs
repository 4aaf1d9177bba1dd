// Run by scripts/check-package.mjs with Node in a fresh project that installed the package with
// htmlparser2 and parse5: importing works from the installed package, through the Node API and
// through `npx iom-widgets import rss`, and writes record files.
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { importFeed } from 'iom-widgets/import';

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>A &amp; B</title>
<item><title>First &lt;b&gt;news&lt;/b&gt;</title><guid>first</guid><pubDate>Tue, 02 Jul 2024 09:30:00 +0000</pubDate><description>&lt;p&gt;A summary.&lt;/p&gt;</description></item>
</channel></rss>`;
await writeFile('feed.xml', feed);
const report = await importFeed('feed.xml', { out: 'content', lang: 'en' });
const [file] = await readdir('content/news');
const record = JSON.parse(await readFile(`content/news/${file}`, 'utf8'));
if (report.created.length !== 1 || record.title.en !== 'First news' || record.date !== '2024-07-02') throw new Error(`importFeed wrote ${JSON.stringify(record)}`);
const command = execFileSync('npx', ['--no-install', 'iom-widgets', 'import', 'rss', 'feed.xml', '--out', 'content', '--lang', 'fr'], { encoding: 'utf8' });
const merged = JSON.parse(await readFile(`content/news/${file}`, 'utf8'));
if (!command.includes('(0 new, 1 updated, 0 unchanged)') || merged.title.fr !== 'First news') throw new Error(`npx iom-widgets import said ${command}`);
console.log(`importFeed and npx iom-widgets import rss: content/news/${file}, in en and fr`);
