// Prints, for each page, the gzip bytes of JavaScript a first visit loads (the page's
// modulepreloads and everything they import statically), how many files that is, and whether
// Dexie or Chart.js is among them; and the total precache size. Budgets (issue 13): Today at
// most 75 kB, pages that show no stored data (Learn) at most 45 kB with no Dexie, no page over
// 80 kB, Chart.js never in the first load of Today or the walk. Figures only: no assertion.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';
const PAGES = [
	['Today', 'index.html', 75],
	['Walk', 'walk.html', 80],
	['Learn', 'learn.html', 45],
	['Learn page', 'learn/pain-scale.html', 45],
	['Progress', 'progress.html', 80],
	['History', 'history.html', 80],
	['Session', 'session.html', 80],
	['Report', 'report.html', 80],
	['Diary', 'diary.html', 80],
	['Settings', 'settings.html', 80],
	['Your data', 'data.html', 80],
	['Onboarding', 'start.html', 80]
];

function firstLoadOf(htmlFile) {
	const html = readFileSync(join(BUILD, htmlFile), 'utf8');
	const urls = new Set([
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
for (const [name, file, budget] of PAGES) {
	if (!existsSync(join(BUILD, file))) continue;
	const r = firstLoadOf(file);
	const flags = [r.dexie ? 'Dexie' : 'no Dexie', r.chart ? 'Chart.js' : 'no Chart.js'].join(', ');
	const over = r.bytes > budget * 1024 ? `  OVER budget ${budget} kB` : ` (budget ${budget} kB)`;
	console.log(
		`  ${name.padEnd(11)} ${kb(r.bytes).padStart(8)} in ${r.files} files; ${flags}${over}`
	);
}
console.log(`precache: ${kb(precache)} in ${files.length} files`);
