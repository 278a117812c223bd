// The six-minute walk outdoors, fed positions by Playwright's geolocation emulation and timed by
// its clock: the distance is the filter's (distance/track.ts) on the very positions fed; a rough
// track is flagged; location refused leads to the hallway test with the reason.
import type { BrowserContext, Page } from '@playwright/test';
import { trackDistance, type Fix } from '../../src/lib/distance/track';
import { expect, readTable, test } from './fixtures';
import { onboard } from './onboarding';

const MONDAY = new Date('2026-11-23T09:00:00');
const S = 1000;
const LAT = 51.5;
const LON = -0.1;
/** Metres north of the start, as latitude. */
const north = (m: number) => LAT + m / 111_195;

async function openOutdoor(page: Page) {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 10 * 60 * S));
	await page.goto('/test');
	await page.getByTestId('test-outdoor').click();
}

/** How many positions the app has taken so far (its draft keeps them), or null with no draft. */
const taken = (page: Page) =>
	page.evaluate(() => {
		const draft = localStorage.getItem('legwork-draft:sixMinuteOutdoor');
		return draft ? (JSON.parse(draft) as { fixes: unknown[] }).fixes.length : null;
	});

/**
 * Feeds a position every 5 s from `from` to `to` seconds into the test: `at(s)` gives metres
 * north and accuracy, or null for none.
 */
async function feed(
	page: Page,
	context: BrowserContext,
	from: number,
	to: number,
	at: (second: number) => { metres: number; accuracy: number } | null
): Promise<Fix[]> {
	const fed: Fix[] = [];
	for (let s = from; s <= to; s += 5) {
		await page.clock.runFor(5 * S);
		const p = at(s);
		if (!p) continue;
		const before = await taken(page);
		await context.setGeolocation({
			latitude: north(p.metres),
			longitude: LON,
			accuracy: p.accuracy
		});
		// The browser hands the position over in a task of its own, and the app stamps it with the
		// test's time when it comes: the clock waits for it (but for the last, at the very end).
		if (before !== null && s < 360) await expect.poll(() => taken(page)).toBe(before + 1);
		fed.push({ at: s * S, lat: north(p.metres), lon: LON, accuracy: p.accuracy });
	}
	return fed;
}

async function start(page: Page, context: BrowserContext) {
	await context.grantPermissions(['geolocation']);
	// A rough position first: the start waits.
	await context.setGeolocation({ latitude: LAT, longitude: LON, accuracy: 40 });
	await page.getByTestId('six-locate').click();
	await expect(page.getByTestId('six-accuracy')).toHaveText(
		'Your position is known to within 40 metres.'
	);
	await expect(page.getByTestId('six-begin')).toBeDisabled();
	await context.setGeolocation({ latitude: LAT, longitude: LON, accuracy: 9 });
	await expect(page.getByTestId('six-begin')).toBeEnabled();
	await page.getByTestId('six-begin').click();
	await page.clock.runFor(3 * S);
	await expect(page.getByTestId('six-time-left')).toHaveText('6:00');
}

test('outdoors: a steady walk fed as positions gives the filter’s distance, marked good', async ({
	page,
	context
}) => {
	await openOutdoor(page);
	await start(page, context);
	// 1 m/s, accuracy 8 m; the pain after 2 minutes.
	const steady = (s: number) => ({ metres: s, accuracy: 8 });
	const first = await feed(page, context, 5, 120, steady);
	await page.getByTestId('six-pain').click();
	await expect(page.getByTestId('six-so-far')).toContainText('so far');
	const rest = await feed(page, context, 125, 355, steady);
	const fed = [...first, ...rest];
	// What the app took: the positions fed, each stamped when it came, and perhaps first the
	// start position, if the browser handed it over again once the test had begun.
	const took = await page.evaluate(
		() =>
			(JSON.parse(localStorage.getItem('legwork-draft:sixMinuteOutdoor')!) as { fixes: Fix[] })
				.fixes
	);
	expect(took.slice(-fed.length).map((f) => f.lat)).toEqual(fed.map((f) => f.lat));
	expect(took.slice(0, -fed.length).every((f) => f.lat === LAT)).toBe(true);
	const expected = trackDistance(took);
	expect(expected.problems).toEqual([]);
	expect(Math.abs(expected.metres - 355)).toBeLessThanOrEqual(20);
	await page.clock.runFor(6 * S);
	await expect(page.getByTestId('six-metres')).toHaveText(`${expected.metres} metres in 6 minutes`);
	await expect(page.getByTestId('six-good')).toBeVisible();
	await expect(page.getByTestId('six-pain-line')).toHaveText('Leg pain started after 2:00.');
	const tests = await readTable<{
		distanceM: number;
		sixMinute: { mode: string; quality: string } | null;
	}>(page, 'walkTests');
	const outdoor = tests.find((t) => t.sixMinute?.mode === 'outdoor')!;
	expect(outdoor).toMatchObject({
		distanceM: expected.metres,
		sixMinute: { quality: 'good', courseM: null }
	});
	// No position is kept anywhere once the test is stored.
	expect(JSON.stringify(tests)).not.toContain(String(north(100)).slice(0, 8));
	expect(
		await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('sixMinute')))
	).toEqual([]);
});

test('outdoors: a rough track is flagged as maybe not reliable', async ({ page, context }) => {
	await openOutdoor(page);
	await start(page, context);
	// Positions to 25–45 m, and a minute with none.
	await feed(page, context, 5, 360, (s) =>
		s > 120 && s <= 180 ? null : { metres: s * 0.9, accuracy: s % 10 === 0 ? 45 : 25 }
	);
	await page.clock.runFor(S);
	await expect(page.getByTestId('six-poor')).toHaveText(
		'This test may not be reliable: the phone’s position was often rough or missing. Try again in a more open place, or use a hallway.'
	);
	const tests = await readTable<{ sixMinute: { quality: string } | null }>(page, 'walkTests');
	expect(tests.find((t) => t.sixMinute)?.sixMinute?.quality).toBe('poor');
});

test('outdoors: location refused leads to the hallway test, with the reason', async ({
	page,
	context
}) => {
	await openOutdoor(page);
	await context.clearPermissions();
	await page.getByTestId('six-locate').click();
	await expect(page.getByTestId('six-no-gps')).toHaveText(
		'Your phone did not allow Legwork to use its position. You can do the test in a hallway instead.'
	);
	await page.getByTestId('six-hallway').click();
	await expect(page.getByLabel('Length of your course, in metres')).toBeVisible();
});
