// The time from navigation to an interactive Today (the page wired up: the layout's
// 'legwork-interactive' mark), with the service worker warm and no network at all: what a person
// waits for when they open Legwork outdoors with no signal. Debian's Chromium at a phone's size,
// no throttling; the median of 7 fresh tabs, with and without a program. Figures only.
import { launchChromium, serveGzip } from './serve.mjs';

const PORT = 4179;
const TABS = 7;
const { url, stop } = await serveGzip(PORT);
const results = [];
try {
	const browser = await launchChromium();
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const first = await context.newPage();
	await first.goto(url);
	await first.waitForFunction(async () => {
		const reg = await navigator.serviceWorker.ready;
		return !!reg.active;
	});
	await first.reload();
	await first.waitForFunction(() => !!navigator.serviceWorker.controller);

	const measure = async (label) => {
		await context.setOffline(true);
		const times = [];
		for (let i = 0; i < TABS; i++) {
			const page = await context.newPage();
			await page.goto(url);
			await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
			const [mark] = await page.evaluate(() =>
				performance.getEntriesByName('legwork-interactive').map((m) => m.startTime)
			);
			const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
			if (!controlled) throw new Error('Today was not served by the service worker');
			times.push(mark);
			await page.close();
		}
		await context.setOffline(false);
		times.sort((a, b) => a - b);
		results.push({ label, median: times[Math.floor(times.length / 2)], min: times[0] });
	};
	await measure('no program yet');
	// A program, set up as a person would: the shortest way through onboarding.
	await first.goto(`${url}/start`);
	await first.waitForSelector('body[data-hydrated]', { state: 'attached' });
	await first.getByRole('button', { name: 'Continue' }).click();
	for (let i = 0; i < 8; i++) {
		await first.locator('fieldset').getByLabel('No').check();
		await first.getByRole('button', { name: 'Continue' }).click();
	}
	await first.getByLabel('Both legs').check();
	await first.getByRole('button', { name: 'Continue' }).click();
	await first.getByLabel(/Poor circulation in the leg arteries/).check();
	for (let i = 0; i < 3; i++) await first.getByRole('button', { name: 'Continue' }).click();
	await first.getByTestId('baseline-skip').click();
	await first.getByTestId('go-today').click();
	await first.getByTestId('target').waitFor();
	await measure('with a program');
	await browser.close();
} finally {
	stop();
}
console.log('Today, offline, warm service worker: navigation to interactive (median of 7 tabs):');
for (const r of results) {
	console.log(
		`  ${r.label.padEnd(16)} ${Math.round(r.median)} ms (fastest ${Math.round(r.min)} ms)`
	);
}
