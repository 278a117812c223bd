// Prints the gzip bytes of JavaScript a first visit to / loads, and the total precache size.
// Budget (issue 2): first-load JavaScript at most 80 kB gzip. Figures only: no assertion.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';
const html = readFileSync(join(BUILD, 'index.html'), 'utf8');

// What the page asks for up front: modulepreload links and the entry's imports.
const urls = new Set([
	...[...html.matchAll(/<link[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => tag.includes('modulepreload'))
		.map((tag) => /href="([^"]+)"/.exec(tag)?.[1])
		.filter(Boolean),
	...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
]);
let firstLoad = 0;
const seen = new Set();
function addJs(url) {
	const path = join(BUILD, url.replace(/^\.?\//, ''));
	if (seen.has(path)) return;
	seen.add(path);
	const text = readFileSync(path);
	firstLoad += gzipSync(text, { level: 9 }).length;
	// Static imports of that chunk load before it runs, so they count too.
	for (const m of text
		.toString()
		.matchAll(/from\s*"(\.{1,2}\/[^"]+\.js)"|import\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
		const rel = m[1] ?? m[2];
		addJs(join(path.slice(BUILD.length + 1), '..', rel));
	}
}
for (const url of urls) addJs(url);

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
const files = walk(BUILD).filter((p) => !p.endsWith('service-worker.js'));
const precache = files.reduce((sum, p) => sum + statSync(p).size, 0);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`first-load JS on / (gzip): ${kb(firstLoad)} in ${seen.size} files (budget 80 kB)`);
console.log(`precache: ${kb(precache)} in ${files.length} files`);
for (const p of [...seen].sort()) console.log(`  ${relative(BUILD, p)}`);
