// What a first visit to each prerendered page loads: its modulepreloads, everything they import
// statically, and what its universal `load` imports (SvelteKit waits for those before it wakes
// the page). Read from the build; used by bench/bundle.mjs for the figures and by
// tests/e2e/bundle.spec.ts for what must (and must not) be there.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD = 'build';
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
	const words = `src/lib/messages/learn-pages/${topic}.ts`;
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
export function pages() {
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

let manifest = null;
/** Read when first needed, so that importing this module before a build does no harm. */
const manifestOf = () => (manifest ??= JSON.parse(readFileSync(MANIFEST, 'utf8')));

/**
 * The page's first load: gzip bytes, the files (paths under build/), the ones its HTML preloads,
 * and whether Dexie or Chart.js is among them.
 */
export function firstLoadOf(htmlFile, loads = []) {
	const html = readFileSync(join(BUILD, htmlFile), 'utf8');
	const fromHtml = [
		...[...html.matchAll(/<link[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => tag.includes('modulepreload'))
			.map((tag) => /href="([^"]+)"/.exec(tag)?.[1])
			.filter(Boolean),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
	];
	const urls = new Set([
		...loads.map((src) => {
			const chunk = manifestOf()[src];
			if (!chunk) throw new Error(`${src} is not in the build's manifest`);
			return chunk.file;
		}),
		...fromHtml
	]);
	let bytes = 0;
	let dexie = false;
	let chart = false;
	const seen = new Set();
	const pathOf = (url) => join(BUILD, url.replace(/^(\.\.?\/)+/, ''));
	const addJs = (url) => {
		const path = pathOf(url);
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
	return { bytes, files: [...seen], preloaded: fromHtml.map(pathOf), dexie, chart };
}

export function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
