// The six-minute walk in a hallway: a measured course, "Turn" at each end, six minutes timed by
// the clock with a word each minute, "Stop here" for the last part lap, stored and compared with
// the first test on the same course. Playwright's clock stands in for the minutes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, readTable, tapAreaProblems, test } from './fixtures';
import { onboard } from './onboarding';

const MONDAY = new Date('2026-11-23T09:00:00');
const S = 1000;

async function startCorridor(page: Page, course: string) {
	await page.goto('/test');
	await page.getByTestId('test-six-minute').click();
	await page.getByLabel('Length of your course, in metres').fill(course);
	await page.getByTestId('six-course-next').click();
}

/** Walks `laps` laps of `lapS` seconds each, tapping Turn at each end. */
async function walkLaps(page: Page, laps: number, lapS: number) {
	for (let i = 0; i < laps; i++) {
		await page.clock.runFor(lapS * S);
		await page.getByTestId('six-turn').click();
	}
}

test('a corridor test: 14 laps of 25 m and 12 m of the last give 362 m, kept across a reload', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	// The clock stands still between taps: each runs on by exactly the time given.
	// Offered from the first week, beside the plan; it leads to the walk tests page.
	await page.goto('/');
	await page.getByTestId('six-minute-offer').getByRole('link').click();
	await expect(page.getByTestId('test-six-minute')).toBeVisible();
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 10 * 60 * S));
	await page.getByTestId('test-six-minute').click();

	// A course outside 10 to 100 m is refused at the field, and nothing starts.
	const course = page.getByLabel('Length of your course, in metres');
	await course.fill('6');
	await page.getByTestId('six-course-next').click();
	await expect(page.locator('#six-course-error')).toHaveText(
		'The course must be at least 10 metres long.'
	);
	await course.fill('25');
	await page.getByTestId('six-course-next').click();
	await expect(page.getByText('Your course: 25 metres.')).toBeVisible();

	// 3, 2, 1, then the six minutes.
	await page.getByTestId('six-begin').click();
	await expect(page.getByTestId('six-countdown')).toHaveText('3');
	await page.clock.runFor(3 * S);
	await expect(page.getByTestId('six-time-left')).toHaveText('6:00');
	// The menu is hidden while the test times: nothing to tap away to.
	await expect(page.getByRole('navigation')).toHaveCount(0);

	await walkLaps(page, 5, 25);
	await page.clock.runFor(5 * S);
	await page.getByTestId('six-pain').click();
	await expect(page.getByTestId('six-pain-noted')).toHaveText(
		'Leg pain started at 2:10, in lap 6.'
	);
	// A second tap of the same turn is too quick to be a lap.
	await page.clock.runFor(20 * S);
	await page.getByTestId('six-turn').click();
	await page.clock.runFor(2 * S);
	await page.getByTestId('six-turn').click();
	await expect(page.getByTestId('six-refused')).toBeVisible();
	await expect(page.getByTestId('six-laps')).toHaveText('6 laps: 150 metres');
	// The minute's words are shown as well as said.
	await expect(page.getByTestId('six-said')).toHaveText(
		'Two minutes gone. Keep it up. 4 minutes to go.'
	);

	// A reload mid-test: the laps and the time go on.
	await page.reload();
	await expect(page.getByTestId('six-laps')).toHaveText('6 laps: 150 metres');
	await expect(page.getByTestId('six-time-left')).toHaveText('3:28');
	await page.clock.runFor(23 * S);
	await page.getByTestId('six-turn').click();
	await walkLaps(page, 7, 25);
	await expect(page.getByTestId('six-laps')).toHaveText('14 laps: 350 metres');

	// Six minutes: stop, and say how far into the last lap.
	await page.clock.runFor(20 * S);
	await expect(page.getByRole('heading', { name: 'Stop where you are' })).toBeVisible();
	const partial = page.getByLabel('How far did you get after your last turn, in metres?');
	await partial.fill('30');
	await page.getByTestId('six-save').click();
	await expect(page.locator('#six-partial-error')).toHaveText(
		'Enter a number of metres from 0 to 25.'
	);
	await partial.fill('12');
	await page.getByTestId('six-save').click();
	await expect(page.getByTestId('six-metres')).toHaveText('362 metres in 6 minutes');
	await expect(page.getByTestId('six-laps-line')).toHaveText(
		'14 laps of 25 metres, and 12 metres more.'
	);
	await expect(page.getByTestId('six-pain-line')).toHaveText(
		'Leg pain started after 2:10, in lap 6.'
	);
	await expect(page.getByTestId('six-change')).toContainText('This is your first six-minute walk');

	const tests = await readTable<{
		method: string;
		distanceM: number;
		onsetMs: number;
		sixMinute: unknown;
	}>(page, 'walkTests');
	const six = tests.find((t) => t.method === 'sixMinute')!;
	expect(six).toMatchObject({
		distanceM: 362,
		onsetMs: 130 * S,
		sixMinute: {
			mode: 'corridor',
			courseM: 25,
			laps: 14,
			stoppedEarly: false,
			painLap: 6,
			quality: null
		}
	});
	// Nothing of the test is left half-kept.
	expect(
		await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':sixMinute')))
	).toEqual([]);
	// The day of a walk test is a rest day from training walks, and the offer is gone.
	await page.goto('/');
	await expect(page.getByTestId('test-rest-day')).toBeVisible();
	await expect(page.getByTestId('six-minute-offer')).toHaveCount(0);
});

test('a later test on the same course is compared with the first; on another course, it is not', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 10 * 60 * S));
	const walkTest = async (course: string, laps: number, lapS: number, partial: string) => {
		await startCorridor(page, course);
		await page.getByTestId('six-begin').click();
		await page.clock.runFor(3 * S);
		await walkLaps(page, laps, lapS);
		await page.clock.runFor(361 * S - laps * lapS * S);
		await page.getByLabel('How far did you get after your last turn, in metres?').fill(partial);
		await page.getByTestId('six-save').click();
	};
	await walkTest('30', 11, 30, '0');
	await expect(page.getByTestId('six-metres')).toHaveText('330 metres in 6 minutes');
	// The course is offered again next time.
	await page.clock.fastForward(7 * 86_400 * S);
	await page.goto('/test');
	await page.getByTestId('test-six-minute').click();
	await expect(page.getByLabel('Length of your course, in metres')).toHaveValue('30');
	await walkTest('30', 11, 30, '20');
	await expect(page.getByTestId('six-change')).toHaveText(
		'Distance in 6 minutes: 330\u00a0m at the start, 350\u00a0m now, +20\u00a0m (+6%): a large, meaningful improvement.'
	);
	await walkTest('20', 16, 22, '0');
	await expect(page.getByTestId('six-change')).toHaveText(
		'Not compared: your first six-minute walk was on a 30-metre course, and results on different courses differ.'
	);
	// Progress and the report say the same, with the same rule.
	await page.goto('/progress');
	const cards = page.getByTestId('test-change');
	await expect(
		cards.filter({ hasText: '+20\u00a0m (+6%): a large, meaningful improvement' })
	).toHaveCount(1);
	await expect(cards.filter({ hasText: 'on a 30-metre course' })).toHaveCount(1);
	await page.goto('/report');
	await expect(page.getByTestId('report-tests')).toContainText('+20\u00a0m (+6%)');
	await expect(page.getByTestId('report-tests')).toContainText('on a 30-metre course');
});

test('"I feel unwell" stops the test: help first, then kept as stopped early, never compared', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await startCorridor(page, '25');
	await page.getByTestId('six-begin').click();
	await page.clock.runFor(3 * S);
	await walkLaps(page, 2, 25);
	await page.getByTestId('unwell').click();
	await expect(page.getByRole('heading', { name: 'You said you feel unwell' })).toBeVisible();
	await page.getByTestId('end-now').click();
	await expect(page.getByRole('heading', { name: 'Where did you stop?' })).toBeVisible();
	await page.getByLabel('How far did you get after your last turn, in metres?').fill('5');
	await page.getByTestId('six-save').click();
	await expect(page.getByTestId('six-metres')).toHaveText('55 metres');
	await expect(page.getByTestId('six-stopped')).toBeVisible();
	const tests = await readTable<{ sixMinute: { stoppedEarly: boolean } | null }>(page, 'walkTests');
	expect(tests.filter((t) => t.sixMinute?.stoppedEarly)).toHaveLength(1);
});

test('every screen of the six-minute walk: no axe violations, tap areas of 48 px, light and dark', async ({
	page
}) => {
	// Eight axe checks (four screens, light and dark): 18 to 33 s alone, and once 65 s beside
	// the year-of-walks axe checks on a 2-core machine.
	test.setTimeout(120_000);
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	// The clock flows here (axe waits on timers of its own); runFor still moves it on.
	const screens: string[] = [];
	const check = async (where: string) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const { violations } = await new AxeBuilder({ page }).analyze();
			screens.push(
				...violations.map(
					(v) => `${where} ${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target).join(', ')})`
				),
				...(await tapAreaProblems(page)).map((p) => `${where}: ${p}`)
			);
		}
	};
	await startCorridor(page, '5');
	await check('course, refused');
	await page.getByLabel('Length of your course, in metres').fill('25');
	await page.getByTestId('six-course-next').click();
	await check('ready');
	await page.getByTestId('six-begin').click();
	await page.clock.runFor(3 * S);
	await walkLaps(page, 1, 25);
	await page.getByTestId('six-turn').click();
	await page.getByTestId('six-pain').click();
	await check('walking');
	await page.clock.runFor(360 * S);
	await page.getByTestId('six-save').click();
	await check('stop here, refused');
	await page.getByLabel('How far did you get after your last turn, in metres?').fill('3');
	await page.getByTestId('six-save').click();
	await expect(page.getByTestId('six-metres')).toBeVisible();
	await check('result');
	expect(screens).toEqual([]);
});
