// Lighthouse (12, the last version that runs on Node 20), mobile settings (its defaults:
// a mid-range phone, simulated slow 4G and a 4x slower CPU), Debian's Chromium, the build served
// by a static host over HTTPS and HTTP/2 with gzip (as any host a PWA can be installed from: a
// service worker needs HTTPS, and HTTPS static hosts speak HTTP/2): performance and
// accessibility scores, LCP, TBT and CLS for every page, the median of 3 runs taken in turn. Then Progress (charts drawn), History, Today and the
// report again with a year of daily walks restored. Budgets: performance at least 98
// and accessibility 100 on every page. Figures only: nothing is asserted.
//
//   node bench/lighthouse.mjs            every page, 3 runs each (about 10 minutes on 2 cores)
//   RUNS=1 node bench/lighthouse.mjs     one run each, for a quick look
//   PAGES=/,/progress node bench/…       only those pages
//   HTTP1=1 node bench/lighthouse.mjs    over plain HTTP/1.1, as these figures were taken before
//   LCP=1, REQUESTS=1, TASKS=1           each page's largest paint, its requests, its long tasks
//   METRICS=1                            each scored metric with its score, and as observed
//   FILMSTRIP=1                          the frames the speed index is measured on, as files
//   RENDER_DOCUMENT=off                  Chromium as Lighthouse's launcher sets it (see below)
//   CPU=6                                the CPU slowed 6 times, not Lighthouse's 4
//   CPU=auto                             slowed as for this machine's speed (see cpuFor below)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PAGES } from '../tests/pages.mjs';
import { tenYears } from '../scripts/ten-years.mjs';
import { executablePath, serveGzip } from './serve.mjs';

const PORT = 4178;
const RUNS = Number(process.env.RUNS ?? 3);
const PAGES = ALL_PAGES;
const WITH_DATA = ['/', '/progress', '/history', '/report'];
const only = process.env.PAGES?.split(',');
const chosen = (paths) => (only ? paths.filter((p) => only.includes(p)) : paths);

const { url: BASE, stop } = await serveGzip(PORT, { http2: !process.env.HTTP1 });
const profile = mkdtempSync(join(tmpdir(), 'legwork-lighthouse-'));

// chrome-launcher turns off Chromium's RenderDocument (a new frame for each page loaded, on by
// default in Chrome) until Lighthouse's own tooling copes with it. With it off and a phone
// emulated, Chromium holds a page's first frame back by 1 or 2 s whenever the page has module
// preloads and a stylesheet (a plain page with both shows it; without either, it does not),
// which no phone does. A later --disable-features replaces the launcher's, so the bench passes
// the launcher's list without RenderDocument (docs/decisions.md, "Speed and its measures").
const launcherDisabled = chromeLauncher.Launcher.defaultFlags()
	.find((flag) => flag.startsWith('--disable-features='))
	?.slice('--disable-features='.length)
	.split(',');
const disabledFeatures =
	process.env.RENDER_DOCUMENT === 'off'
		? launcherDisabled
		: launcherDisabled?.filter((feature) => feature !== 'RenderDocument');
const chrome = await chromeLauncher.launch({
	chromePath: executablePath,
	userDataDir: profile,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		...(disabledFeatures ? [`--disable-features=${disabledFeatures.join(',')}`] : []),
		// The bench's own certificate for localhost (bench/serve.mjs).
		'--ignore-certificate-errors'
	]
});

// Lighthouse's own storage reset leaves IndexedDB and local storage alone (its default
// clearStorageTypes), so its second "first visit" would find the database the first one made.
// A first visit is a browser that has never seen the app: clear those too.
const FIRST_VISIT_CLEARS = [
	'file_systems',
	'shader_cache',
	'service_workers',
	'cache_storage',
	'indexeddb',
	'local_storage'
];

// Lighthouse's benchmark index of each run: the speed of this machine's CPU as Lighthouse measures
// it (higher is faster). Its 4x slowdown is of this machine, so two days' figures compare only
// when their indexes do.
const benchmarkIndexes = [];

// Lighthouse's 4x takes a high-end desktop (benchmark index 1500 to 2000) to a mid-tier phone
// (its docs/throttling.md, "Calibrating the CPU slowdown"): about 440. CPU=auto slows this
// machine to that phone, whatever its speed today: 4x at 1750, more on a faster day.
const PHONE_INDEX = 1750 / 4;
const cpuFor = (index) => Math.round((index / PHONE_INDEX) * 10) / 10;
let cpu = process.env.CPU && process.env.CPU !== 'auto' ? Number(process.env.CPU) : undefined;

/** One Lighthouse run; `keep` leaves the profile's storage (and so the data) as it is. */
async function audit(path, keep = false) {
	const result = await lighthouse(`${BASE}${path}`, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility'],
		disableStorageReset: keep,
		clearStorageTypes: FIRST_VISIT_CLEARS,
		...(cpu ? { throttling: { cpuSlowdownMultiplier: cpu } } : {})
	});
	const { categories, audits } = result.lhr;
	benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
	if (process.env.TASKS) {
		// The main thread's long tasks, and whose script each was, as Lighthouse attributes them.
		for (const t of audits['long-tasks'].details?.items ?? [])
			console.log(
				`  ${path}: task at ${Math.round(t.startTime)} ms, ${Math.round(t.duration)} ms, ${t.url.replace(BASE, '')}`
			);
	}
	if (process.env.METRICS) {
		// Each scored metric, its value and its score: where the points go.
		const parts = ['first-contentful-paint', 'speed-index', 'largest-contentful-paint'];
		const obs = audits.metrics?.details?.items?.[0] ?? {};
		console.log(
			`  ${path}: ` +
				parts
					.map((id) => `${id} ${Math.round(audits[id].numericValue)} ms (${audits[id].score})`)
					.join(', ') +
				`; observed paint ${Math.round(obs.observedFirstContentfulPaint)}, speed index ${Math.round(obs.observedSpeedIndex)}, largest ${Math.round(obs.observedLargestContentfulPaint)}`
		);
	}
	if (process.env.FILMSTRIP) {
		// The frames the speed index is measured on, written as PNG/JPEG files to look at.
		for (const [i, f] of (audits['screenshot-thumbnails'].details?.items ?? []).entries()) {
			const file = join(
				tmpdir(),
				`filmstrip${path.replaceAll('/', '_')}-${i}-${Math.round(f.timing)}.jpg`
			);
			writeFileSync(file, Buffer.from(f.data.split(',')[1], 'base64'));
		}
		console.log(`  ${path}: filmstrip in ${tmpdir()}/filmstrip${path.replaceAll('/', '_')}-*`);
	}
	if (process.env.REQUESTS) {
		// What the page fetched, and when, against the largest paint as the trace saw it.
		const lcpAt = audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
		console.log(`  ${path}: observed largest paint at ${Math.round(lcpAt)} ms`);
		for (const r of audits['network-requests'].details.items)
			console.log(
				`    ${String(Math.round(r.networkRequestTime)).padStart(6)} → ${String(Math.round(r.networkEndTime)).padStart(6)}  ${String(Math.round(r.transferSize / 1024)).padStart(3)} kB  ${r.url.replace(BASE, '')}`
			);
	}
	return {
		performance: Math.round(categories.performance.score * 100),
		accessibility: Math.round(categories.accessibility.score * 100),
		lcp: audits['largest-contentful-paint'].numericValue,
		tbt: audits['total-blocking-time'].numericValue,
		cls: audits['cumulative-layout-shift'].numericValue,
		lcpNode: lcpNode(audits['largest-contentful-paint-element'])
	};
}

/** The element Lighthouse took as the largest paint, as a short snippet (printed with LCP=1). */
function lcpNode(audit) {
	const items = audit?.details?.items?.[0]?.items ?? [];
	return items[0]?.node?.snippet ?? '';
}

/** Runs every page RUNS times, in turn (page 1, 2, …, then again), and keeps each median. */
async function auditAll(paths, keep) {
	const runs = new Map(paths.map((p) => [p, []]));
	for (let i = 0; i < RUNS; i++) {
		for (const path of paths) runs.get(path).push(await audit(path, keep));
	}
	return paths.map((path) => {
		const all = runs.get(path).sort((a, b) => a.performance - b.performance || b.lcp - a.lcp);
		return { path, ...all[Math.floor(all.length / 2)], worst: all[0].performance };
	});
}

/** Restores a year of daily walks, ending yesterday, as a person would on Your data. */
async function restoreAYear() {
	const file = join(profile, 'year.json');
	const DAY = 86_400_000;
	const start = new Date();
	start.setUTCHours(9, 0, 0, 0);
	writeFileSync(file, JSON.stringify(tenYears(365, start.getTime() - 365 * DAY)));
	const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
	const page = await browser.newPage();
	await page.goto(`${BASE}/data`);
	await page.waitForSelector('body[data-hydrated]');
	const input = await page.waitForSelector('[data-testid="backup-file"]');
	await input.uploadFile(file);
	await (await page.waitForSelector('[data-testid="replace"]')).click();
	await page.waitForSelector('[data-testid="restored"]', { timeout: 120_000 });
	// Waits for the worker: on a profile that has seen no page before (DATA_ONLY), it is
	// still installing.
	const worker = await page.evaluate(() =>
		Promise.race([
			navigator.serviceWorker.ready.then((r) => !!r.active),
			new Promise((resolve) => setTimeout(() => resolve(false), 30_000))
		])
	);
	if (!worker)
		throw new Error('no service worker after the restore: the returning visit needs one');
	await page.close();
	await browser.disconnect();
}

function print(title, rows) {
	console.log(title);
	console.log('  page                 perf  (worst)  a11y    LCP ms   TBT ms    CLS');
	for (const r of rows) {
		const flag = r.performance < 98 || r.accessibility < 100 ? '  UNDER budget' : '';
		console.log(
			`  ${r.path.padEnd(20)} ${String(r.performance).padStart(4)}  (${String(r.worst).padStart(3)})  ${String(r.accessibility).padStart(4)}  ${String(Math.round(r.lcp)).padStart(8)} ${String(Math.round(r.tbt)).padStart(8)}  ${r.cls.toFixed(3)}${flag}`
		);
		if (process.env.LCP) console.log(`      LCP element: ${r.lcpNode.slice(0, 110)}`);
	}
}

try {
	if (process.env.CPU === 'auto') {
		// One run to read the machine's speed, not counted.
		await audit('/');
		cpu = cpuFor(benchmarkIndexes.pop());
	}
	if (cpu) console.log(`CPU slowed ${cpu} times (Lighthouse's default is 4)`);
	// DATA_ONLY=1: only the pages with a year of data.
	if (!process.env.DATA_ONLY) {
		const empty = await auditAll(chosen(PAGES), false);
		print(
			`Lighthouse ${RUNS === 1 ? '(1 run)' : `(median of ${RUNS})`}, mobile, first visit, no data:`,
			empty
		);
	}
	await restoreAYear();
	const full = await auditAll(chosen(WITH_DATA), true);
	print('with a year of daily walks (a returning visit: the service worker is warm):', full);
	const sorted = benchmarkIndexes.sort((a, b) => a - b);
	console.log(
		`Lighthouse's benchmark index (this machine's speed, higher is faster): median ${Math.round(sorted[Math.floor(sorted.length / 2)])}, ${Math.round(sorted[0])} to ${Math.round(sorted.at(-1))}`
	);
} finally {
	await chrome.kill();
	stop();
}
