// Ten years of daily walks (3,650 sessions, 40,150 events): how long the weekly figures and the
// plan take to compute, how soon Progress, History and the report are usable in Debian's Chromium, and each
// page's JavaScript heap after garbage collection. Budgets: weekly figures under
// 100 ms; each page usable under 1 s; heap under 60 MB. Figures only, never asserted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { launchChromium, serveBuild } from './serve.mjs';
import { tenYears } from '../scripts/ten-years.mjs';

const PORT = 4177;
const dir = mkdtempSync(join(tmpdir(), 'legwork-bench-'));
const data = tenYears();
const file = join(dir, 'ten-years.json');
writeFileSync(file, JSON.stringify(data));

/** One of the app's own modules, bundled for Node and imported. */
async function appModule(input) {
	const out = join(dir, `${input.replaceAll('/', '-')}.mjs`);
	await build({
		input,
		resolve: { alias: { $lib: resolve('src/lib') } },
		output: { file: out, format: 'esm' },
		logLevel: 'silent'
	});
	return import(pathToFileURL(out).href);
}

// 1. The weekly figures and the plan, computed in Node from the app's own modules.
const { doneSessionFrom, weeklyMetrics } = await appModule('src/lib/progress/metrics.ts');
const { buildPlan } = await appModule('src/lib/program/plan.ts');
const sessions = data.tables.sessions;
const times = [];
let weeks = [];
for (let i = 0; i < 15; i++) {
	const t = performance.now();
	weeks = weeklyMetrics(sessions, { startsOn: 0, through: '2026-11-26' });
	times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];

// The program's plan from the same walks (a program of 520 weeks), as Today and Progress build it.
const program = data.tables.programs[0];
const done = sessions
	.filter((s) => s.programId === program.id && s.kind !== 'test' && s.summary)
	.map(doneSessionFrom);
const settings = {
	staying: [],
	startDate: program.startDate,
	weeks: program.weeks,
	schedules: program.schedules,
	baseline: null
};
const planTimes = [];
for (let i = 0; i < 15; i++) {
	const t = performance.now();
	buildPlan(settings, done, '2026-11-26');
	planTimes.push(performance.now() - t);
}
planTimes.sort((a, b) => a - b);
const planMedian = planTimes[Math.floor(planTimes.length / 2)];

// 2. The pages, with the data restored into the app.
const { url: URL, stop } = await serveBuild(PORT);
const results = [];
try {
	const browser = await launchChromium();
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(`${URL}/data`);
	await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
	await page.getByTestId('backup-file').setInputFiles(file);
	await page.getByTestId('replace').click({ timeout: 120_000 });
	await page.getByTestId('restored').waitFor({ timeout: 120_000 });

	const pages = [
		['Progress', '/progress', '[data-testid="stat-walking"]'],
		['Progress charts drawn', '/progress', '[data-testid="chart-walking"][data-drawn="true"]'],
		['History', '/history', '[data-testid="history-item"]'],
		['Report', '/report', '[data-testid="report-weeks"] tbody tr']
	];
	for (const [name, path, ready] of pages) {
		const runs = [];
		let heap = 0;
		for (let i = 0; i < 3; i++) {
			const p = await context.newPage();
			const t = performance.now();
			await p.goto(`${URL}${path}`);
			// Charts are drawn as they come near the screen: bring the first one there.
			if (ready.includes('chart')) await p.getByTestId('chart-walking').scrollIntoViewIfNeeded();
			await p.locator(ready).first().waitFor({ timeout: 60_000 });
			runs.push(performance.now() - t);
			const cdp = await context.newCDPSession(p);
			await cdp.send('HeapProfiler.collectGarbage');
			const { usedSize } = await cdp.send('Runtime.getHeapUsage');
			heap = Math.max(heap, usedSize);
			await p.close();
		}
		runs.sort((a, b) => a - b);
		results.push({ name, ms: runs[1], heap });
	}
	await browser.close();
} finally {
	stop();
}

console.log('records, ten years (3,650 sessions; budgets: figures 100 ms, page 1 s, heap 60 MB):');
console.log(
	`  weekly figures for ${weeks.length} weeks: ${median.toFixed(1)} ms (median of ${times.length})`
);
console.log(
	`  the plan, ${program.weeks} weeks: ${planMedian.toFixed(1)} ms (median of ${planTimes.length})`
);
for (const r of results) {
	console.log(
		`  ${r.name.padEnd(22)} usable after ${Math.round(r.ms)} ms (median of 3); heap after GC ${(r.heap / 1024 / 1024).toFixed(1)} MB`
	);
}
