// Prints how long a backup takes for ten years of daily walks (3,650 sessions, 40,150 events)
// in Debian's Chromium, through the real "Your data" page: checking the file, restoring it
// (replace), and exporting it; and the longest the page was blocked meanwhile (long tasks).
// Budget: export and import each under 3 s, the page responsive. Figures only.
import { chromium } from '@playwright/test';
import { executablePath, serveBuild } from './serve.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tenYears } from '../scripts/ten-years.mjs';

const PORT = 4176;
const file = join(mkdtempSync(join(tmpdir(), 'legwork-bench-')), 'ten-years.json');
writeFileSync(file, JSON.stringify(tenYears()));

const { url: URL, stop } = await serveBuild(PORT);
try {
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update']
	});
	const page = await browser.newPage({ acceptDownloads: true });
	await page.addInitScript(() => {
		window.longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${URL}/data`);
	await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
	await page.evaluate(() => (window.longest = 0));

	let t = performance.now();
	await page.getByTestId('backup-file').setInputFiles(file);
	await page.getByTestId('backup-contents').waitFor({ timeout: 120_000 });
	const checkMs = performance.now() - t;
	t = performance.now();
	await page.getByTestId('replace').click();
	await page.getByTestId('restored').waitFor({ timeout: 120_000 });
	const importMs = performance.now() - t;
	const longestImport = await page.evaluate(() => window.longest);

	await page.goto(`${URL}/data`);
	await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
	await page.evaluate(() => (window.longest = 0));
	t = performance.now();
	const download = page.waitForEvent('download', { timeout: 120_000 });
	await page.getByTestId('export').click();
	await download;
	const exportMs = performance.now() - t;
	const longestExport = await page.evaluate(() => window.longest);
	await browser.close();

	const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
	console.log('backup, ten years (3,650 sessions, 40,150 events; budget 3 s each):');
	console.log(`  check the file (read, upgrade, validate): ${s(checkMs)}`);
	console.log(`  restore (replace, one transaction):      ${s(importMs)}`);
	console.log(`  import in all (check + restore):          ${s(checkMs + importMs)}`);
	console.log(`  export (read all, file ready):            ${s(exportMs)}`);
	console.log(
		`  longest main-thread block, import: ${Math.round(longestImport)} ms; export: ${Math.round(longestExport)} ms`
	);
} finally {
	stop();
}
