// The walk page's JavaScript heap over two simulated hours of walking (Playwright's clock runs
// the timers; a bout and a rest every 10 minutes), after garbage collection, at each half hour.
// Budget: at most 30 MB, and not growing with time. Figures only.
import { launchChromium, serveBuild } from './serve.mjs';

const PORT = 4178;
const MIN = 60_000;
const { url: URL, stop } = await serveBuild(PORT);
const readings = [];
try {
	const browser = await launchChromium();
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await page.goto(`${URL}/walk`);
	await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
	await page.getByTestId('start-walk').click();
	await page.getByTestId('all-clear').click();
	await page.getByTestId('skip-part').click();
	await page.getByTestId('pain-started').waitFor();
	const cdp = await context.newCDPSession(page);
	const heap = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	};
	readings.push([0, await heap()]);
	for (let minute = 10; minute <= 120; minute += 10) {
		// Walk 7 minutes (pain at 3), rest 3, as a person would.
		await page.clock.runFor(3 * MIN);
		await page.getByTestId('pain-started').click();
		await page.clock.runFor(4 * MIN);
		await page.getByTestId('stop-rest').click();
		await page.getByTestId('pain-3').click();
		await page.clock.runFor(3 * MIN);
		await page.getByTestId('pain-gone').click();
		if (minute % 30 === 0) readings.push([minute, await heap()]);
	}
	await browser.close();
} finally {
	stop();
}
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log('walk page, two simulated hours (budget 30 MB, flat):');
console.log(`  heap after GC: ${readings.map(([m, n]) => `${m} min ${mb(n)}`).join(', ')}`);
const growth = (readings.at(-1)?.[1] ?? 0) - (readings[1]?.[1] ?? 0);
console.log(`  change from 30 min to 120 min: ${(growth / 1024).toFixed(0)} kB`);
