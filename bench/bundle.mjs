// Prints, for each page, the gzip bytes of JavaScript a first visit loads (the page's
// modulepreloads and everything they import statically), how many files that is, and whether
// Dexie or Chart.js is among them; and the total precache size. Budgets (issue 13): Today at
// most 75 kB, pages that show no stored data (Learn) at most 45 kB with no Dexie, no page over
// 80 kB, Chart.js never in the first load of Today or the walk. Figures only: no assertion.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';
// Modules a page's universal `load` imports: SvelteKit waits for them before it wakes the page,
// so they count as first load too. Found through Vite's manifest of the client build.
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const NAMES = {
	'index.html': 'Today',
	'walk.html': 'Walk',
	'start.html': 'Onboarding',
	'test.html': 'Walk test',
	'data.html': 'Your data',
	'history/add.html': 'Add a walk'
};
/**
 * What a Learn page's universal `load` imports: the page's words, and the components of what it
 * shows besides words (its `show` blocks), as the page's `EXTRAS` list names them.
 */
function learnLoads(topic) {
	const words = `src/lib/learn/${topic}.ts`;
	const extras = Object.fromEntries(
		[
			...readFileSync('src/routes/learn/[topic]/+page.ts', 'utf8').matchAll(
				/'([a-z-]+)': \(\) => import\('\$lib\/([^']+)'\)/g
			)
		].map((m) => [m[1], `src/lib/${m[2]}`])
	);
	const shown = [...readFileSync(words, 'utf8').matchAll(/show: '([a-z-]+)'/g)].map((m) => m[1]);
	for (const show of shown) if (!extras[show]) throw new Error(`no component for ${show}`);
	return [words, ...shown.map((show) => extras[show])];
}

/** Every prerendered page, with its budget: Today 75 kB, Learn's pages 45 kB, any other 80 kB. */
function pages() {
	return walk(BUILD)
		.filter((p) => p.endsWith('.html'))
		.map((p) => p.slice(BUILD.length + 1))
		.sort()
		.map((file) => {
			const learnTopic = /^learn\/(.+)\.html$/.exec(file)?.[1];
			const name =
				NAMES[file] ??
				(learnTopic ? `Learn: ${learnTopic}` : file[0].toUpperCase() + file.slice(1, -5));
			const budget = file === 'index.html' ? 75 : file.startsWith('learn') ? 45 : 80;
			return [name, file, budget, learnTopic ? learnLoads(learnTopic) : []];
		});
}

const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};

function firstLoadOf(htmlFile, loads = []) {
	const html = readFileSync(join(BUILD, htmlFile), 'utf8');
	const urls = new Set([
		...loads.map((src) => {
			if (!manifest[src]) throw new Error(`${src} is not in the build's manifest`);
			return manifest[src].file;
		}),
		...[...html.matchAll(/<link[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => tag.includes('modulepreload'))
			.map((tag) => /href="([^"]+)"/.exec(tag)?.[1])
			.filter(Boolean),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
	]);
	let bytes = 0;
	let dexie = false;
	let chart = false;
	const seen = new Set();
	const addJs = (url) => {
		const path = join(BUILD, url.replace(/^(\.\.?\/)+/, ''));
		if (seen.has(path) || !existsSync(path)) return;
		seen.add(path);
		const text = readFileSync(path);
		bytes += gzipSync(text, { level: 9 }).length;
		const source = text.toString();
		if (source.includes('DatabaseClosedError')) dexie = true;
		if (source.includes('chartjs-') || source.includes('BarController')) chart = true;
		for (const m of source.matchAll(
			/from\s*"(\.{1,2}\/[^"]+\.js)"|import\s*"(\.{1,2}\/[^"]+\.js)"/g
		)) {
			addJs(join(path.slice(BUILD.length + 1), '..', m[1] ?? m[2]));
		}
	};
	for (const url of urls) addJs(url);
	return { bytes, files: seen.size, dexie, chart };
}

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
const files = walk(BUILD).filter((p) => !p.endsWith('service-worker.js'));
const precache = files.reduce((sum, p) => sum + statSync(p).size, 0);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('first-load JavaScript per page (gzip):');
for (const [name, file, budget, loads] of pages()) {
	if (!existsSync(join(BUILD, file))) continue;
	const r = firstLoadOf(file, loads);
	const flags = [r.dexie ? 'Dexie' : 'no Dexie', r.chart ? 'Chart.js' : 'no Chart.js'].join(', ');
	const over = r.bytes > budget * 1024 ? `  OVER budget ${budget} kB` : ` (budget ${budget} kB)`;
	console.log(
		`  ${name.padEnd(26)} ${kb(r.bytes).padStart(8)} in ${r.files} files; ${flags}${over}`
	);
}
console.log(`precache: ${kb(precache)} in ${files.length} files`);
