// The main thread's blocking time after the first paint, with Chromium's CPU slowed four times
// (a real slowdown, not Lighthouse's simulated one), with a year of daily walks restored: each
// task over 50 ms counts for what it is over. Median of N fresh loads of each page, after two
// loads that warm the service worker and the code cache. Less noisy than Lighthouse for
// comparing two builds, but only runs taken side by side compare: the machine moves. Figures
// only, never asserted.
//
//   node bench/blocking.mjs                  Today, Progress, History and the report, 7 loads each
//   PAGES=/report N=9 node bench/blocking.mjs
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveBuild } from './serve.mjs';
import { tenYears } from '../scripts/ten-years.mjs';

const PORT = 4184;
const N = Number(process.env.N ?? 7);
const PAGES = process.env.PAGES?.split(',') ?? ['/', '/progress', '/history', '/report'];
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'legwork-blocking-'));
const file = join(dir, 'year.json');
const traceFile = join(dir, 'trace.json');
const start = new Date();
start.setUTCHours(9, 0, 0, 0);
writeFileSync(file, JSON.stringify(tenYears(365, start.getTime() - 365 * DAY)));

const { url, stop } = await serveBuild(PORT);
const browser = await launchChromium();
try {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const setup = await context.newPage();
	await setup.goto(`${url}/data`);
	await setup.waitForSelector('body[data-hydrated]');
	await setup.setInputFiles('[data-testid="backup-file"]', file);
	await setup.click('[data-testid="replace"]');
	await setup.waitForSelector('[data-testid="restored"]', { timeout: 120_000 });
	await setup.close();
	console.log(
		`blocking time after the first paint, CPU 4× slower, a year of walks, median of ${N}:`
	);
	for (const path of PAGES) {
		const warm = await context.newPage();
		for (let i = 0; i < 2; i++) {
			await warm.goto(url + path);
			await warm.waitForTimeout(2500);
		}
		await warm.close();
		const totals = [];
		for (let i = 0; i < N; i++) {
			const page = await context.newPage();
			await page.goto(`${url}/learn`);
			await page.waitForTimeout(800);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await browser.startTracing(page, {
				path: traceFile,
				categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
			});
			// No selectors waited on: Playwright's own scripts would run in the page's tasks.
			await page.goto(url + path, { waitUntil: 'commit' });
			await page.waitForTimeout(4000);
			await browser.stopTracing();
			await page.close();
			const { traceEvents } = JSON.parse(readFileSync(traceFile, 'utf8'));
			const paint = traceEvents.filter((e) => e.name === 'firstContentfulPaint').at(-1);
			if (!paint) continue;
			const blocking = traceEvents
				.filter(
					(e) =>
						e.pid === paint.pid &&
						e.tid === paint.tid &&
						e.ph === 'X' &&
						e.name === 'RunTask' &&
						e.ts >= paint.ts &&
						e.dur > 50_000
				)
				.reduce((sum, e) => sum + (e.dur - 50_000) / 1000, 0);
			totals.push(blocking);
		}
		totals.sort((a, b) => a - b);
		const median = totals[Math.floor(totals.length / 2)] ?? NaN;
		console.log(
			`  ${path.padEnd(10)} ${median.toFixed(0).padStart(5)} ms  (fewest ${totals[0]?.toFixed(0)}, most ${totals.at(-1)?.toFixed(0)}, ${totals.length} loads)`
		);
	}
} finally {
	await browser.close();
	stop();
	rmSync(dir, { recursive: true, force: true });
}
