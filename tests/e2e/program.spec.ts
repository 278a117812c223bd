import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, largeText, passCheck, test } from './fixtures';
import { answerSafety, chooseLegsAndDays, onboard } from './onboarding';

// A Monday morning.
const MONDAY = new Date('2026-11-23T08:00:00');
test('a safety answer that rules walking out stops the start until a clinician clears it', async ({
	page
}) => {
	await page.goto('/start');
	await answerSafety(page, ['restPainOrSore']);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Please check with a clinician first' })
	).toBeVisible();
	await expect(page.getByTestId('safety-flags')).toContainText(
		'vascular (blood vessel) specialist'
	);
	await page.getByRole('button', { name: 'I will check first' }).click();
	await expect(page.getByTestId('waiting')).toBeVisible();
	// Continuing without the clinician's clearance is refused, with the reason.
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.locator('#error-summary')).toContainText(
		'Please confirm that a doctor has checked this'
	);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Welcome to Legwork' })).toBeVisible();
	// Once cleared, the program can start.
	await page.goto('/start');
	await answerSafety(page, ['restPainOrSore']);
	await page.getByLabel('This has been dealt with').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Which legs trouble you?' })
	).toBeVisible();
});

test('onboarding with a clinic result gives Today the right target, and bad values are caught', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await page.goto('/start');
	await answerSafety(page);
	await chooseLegsAndDays(page);
	await page.getByTestId('baseline-enter').click();
	await page.getByLabel('Minutes until the pain started').fill('14');
	await page.getByLabel('Minutes until you had to stop').fill('12');
	await page.getByTestId('use-entered').click();
	await expect(page.locator('#onset-error')).toHaveText(/must start before or when you stopped/);
	// The summary takes focus, so a screen reader hears it at once.
	await expect(page.locator('#error-summary')).toBeFocused();
	await page.getByLabel('Minutes until the pain started').fill('-3');
	await page.getByTestId('use-entered').click();
	await expect(page.locator('#onset-error')).toHaveText('Please enter a number above zero.');
	await page.getByLabel('Minutes until the pain started').fill('6');
	await page.getByTestId('use-entered').click();
	// A 12-minute peak walking time starts at 20 minutes.
	await expect(page.getByTestId('ready-target')).toContainText('20 minutes');
	await page.getByTestId('go-today').click();
	await expect(page.getByTestId('target')).toHaveText('20 minutes of walking');
	await expect(page.getByTestId('reminder')).toContainText('Today is a walking day');
	await expect(page.getByTestId('week-progress')).toHaveText('0 of 3 walks done this week');
	await expect(page.getByText('20 min to start: this comes from your walk test.')).toBeVisible();
});

test('the walk test in the app sets the starting target', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await page.goto('/start');
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 60_000));
	await answerSafety(page);
	await chooseLegsAndDays(page);
	await page.getByTestId('baseline-walk').click();
	await page.getByTestId('test-start').click();
	await page.clock.runFor(90_000);
	await page.getByTestId('test-onset').click();
	await page.clock.runFor(60_000);
	await page.getByTestId('test-stop').click();
	await expect(page.getByTestId('test-result')).toHaveText(
		'The pain started at 1:30. You walked 2:30 in all.'
	);
	await page.getByTestId('use-result').click();
	// Under 3 minutes of walking: a gentler 10-minute start.
	await expect(page.getByTestId('ready-target')).toContainText('10 minutes');
	// The day of a walk test is a rest day from training walks, and Today says so.
	await page.goto('/');
	await expect(page.getByTestId('test-rest-day')).toContainText(
		'Today is a rest day from training walks'
	);
	await expect(page.locator('main .primary')).toHaveCount(0);
	await expect(page.getByTestId('next-walk')).toContainText('Wednesday');
});

test('the plan exports as a calendar file with one event per session', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.getByRole('link', { name: 'See the whole plan' }).click();
	await expect(page.getByTestId('plan-week')).toHaveCount(12);
	const download = page.waitForEvent('download');
	await page.getByTestId('export-ics').click();
	const file = await (await download).path();
	const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
	const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	expect(events).toHaveLength(36);
	expect(events[0]?.summary).toBe('Legwork walk: 15 minutes');
	expect(events[0]?.startDate.toString()).toBe('2026-11-23T09:00:00');
	expect(events[35]?.summary).toBe('Legwork walk: 50 minutes');
});

test('changing walking days moves the future plan and keeps past walks', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await page.goto('/start');
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 60_000));
	await answerSafety(page);
	await chooseLegsAndDays(page);
	await page.getByTestId('baseline-skip').click();
	await page.getByTestId('go-today').click();

	// Walk on Monday: a quick session, finished. (A paused clock holds client-side navigation,
	// which waits for an animation frame, so the test loads the page the link points to.)
	await expect(page.getByTestId('start')).toHaveAttribute('href', '/walk');
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	for (let i = 0; i < 5; i++) {
		await page.clock.runFor(1000);
		await page.getByTestId('next').click();
	}
	await page.clock.runFor(5 * 60_000);
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(2 * 60_000);
	await page.getByTestId('pain-gone').click();
	await page.clock.runFor(10 * 60_000);
	await page.getByTestId('finish-walking').click();
	for (let i = 0; i < 5; i++) {
		await page.clock.runFor(1000);
		await page.getByTestId('next').click();
	}
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { name: 'Walk saved' })).toBeVisible();

	// A week later, move to Tuesday, Thursday, Saturday and Sunday.
	await page.clock.fastForward(7 * 24 * 60 * 60_000);
	await page.goto('/settings');
	for (const day of ['Monday', 'Wednesday', 'Friday'])
		await page.getByLabel(day, { exact: true }).uncheck();
	await page.getByTestId('save-schedule').click();
	await expect(page.getByTestId('schedule-error')).toContainText(
		'Please choose at least one day to walk'
	);
	for (const day of ['Tuesday', 'Thursday']) await page.getByLabel(day, { exact: true }).check();
	await page.getByTestId('save-schedule').click();
	await expect(page.getByTestId('schedule-error')).toContainText('at least 3 days');
	for (const day of ['Saturday', 'Sunday']) await page.getByLabel(day, { exact: true }).check();
	await page.getByTestId('save-schedule').click();
	await expect(page.getByTestId('saved')).toContainText('past walks have not changed');

	await page.goto('/plan');
	const week1 = page.getByTestId('plan-week').nth(0);
	await week1.locator('summary').click();
	await expect(week1.locator('li[data-status="done"]')).toHaveCount(1);
	await expect(week1.locator('li[data-status="done"]')).toContainText('Mon 23 Nov');
	await expect(week1.locator('li[data-status="missed"]')).toHaveCount(2);
	await expect(week1).toContainText('3 walks');
	const week3 = page.getByTestId('plan-week').nth(2);
	await expect(week3).toContainText('4 walks');
	await week3.locator('summary').click();
	await expect(week3.locator('li')).toHaveText([
		/Tue 8 Dec/,
		/Thu 10 Dec/,
		/Sat 12 Dec/,
		/Sun 13 Dec/
	]);
	// Week 1 was not complete, so week 2 repeats 15 minutes.
	await expect(page.getByTestId('plan-week').nth(1)).toContainText('15 min');
});

test('in week 4 Today asks for a walk test, which is recorded and compared with the start', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'pad', { clinic: { onsetMin: '3', maxMin: '6' } });
	await expect(page.getByTestId('retest')).toBeHidden();

	// Three weeks on: week 4.
	await page.clock.fastForward(21 * 24 * 60 * 60_000);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Week 4 of the program' })).toBeVisible();
	// One main action: the walk test comes before today's walk, which is plainly secondary.
	await expect(page.locator('main .primary')).toHaveCount(1);
	await expect(page.getByTestId('retest').getByRole('link')).toHaveClass(/primary/);
	await expect(page.getByTestId('start')).not.toHaveClass(/primary/);
	await page.getByTestId('retest').getByRole('link', { name: 'Do the walk test' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk test' })).toBeVisible();
	await page.getByTestId('test-enter').click();
	await page.getByLabel('Minutes until the pain started').fill('9');
	await page.getByLabel('Minutes until you had to stop').fill('5');
	await page.getByTestId('use-entered').click();
	await expect(page.locator('#onset-error')).toContainText('must start before or when you stopped');
	await page.getByLabel('Minutes until you had to stop').fill('11');
	await page.getByTestId('use-entered').click();
	await expect(page.getByTestId('test-saved')).toBeVisible();
	await expect(page.getByTestId('test-compare')).toContainText(
		'Time before the pain started: 3:00 at the start, 9:00 now.'
	);
	await expect(page.getByTestId('test-compare')).toContainText(
		'Time you could walk: 6:00 at the start, 11:00 now.'
	);
	await page.getByRole('link', { name: 'Back to today' }).click();
	await expect(page.getByTestId('retest-done')).toBeVisible();
	await page.goto('/progress');
	await expect(page.getByTestId('walk-tests').locator('li')).toHaveText([
		'Mon 23 Nov: pain after 3:00, walked 6:00',
		'Mon 14 Dec: pain after 9:00, walked 11:00'
	]);
});

test('a missed day moves the session to the days ahead, on Today', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await expect(page.getByTestId('week-progress')).toHaveText('0 of 3 walks done this week');
	// Monday passes without a walk.
	await page.clock.fastForward(24 * 60 * 60_000);
	await page.goto('/');
	await expect(page.getByText('Missed a day? That is fine.')).toBeVisible();
	await expect(page.locator('li[data-status="today"]')).toContainText('Tue 24 Nov');
	await expect(page.locator('li[data-status="today"]')).toContainText('moved here');
	await expect(page.locator('li[data-status="upcoming"]')).toHaveCount(2);
	await expect(page.getByTestId('week-progress')).toHaveText('0 of 3 walks done this week');
	await expect(page.getByTestId('start')).toHaveText('Start today’s walk');
});

test('onboarding can be redone from Settings, starting a new program', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await expect(page.getByTestId('target')).toHaveText('15 minutes of walking');
	await page.goto('/settings');
	await page.getByRole('link', { name: 'Start again with a new walk test and questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'What Legwork is' })).toBeVisible();
	await answerSafety(page);
	await chooseLegsAndDays(page);
	await page.getByTestId('baseline-enter').click();
	await page.getByLabel('Minutes until you had to stop').fill('2');
	await page.getByTestId('use-entered').click();
	await page.getByTestId('go-today').click();
	await expect(page.getByTestId('target')).toHaveText('10 minutes of walking');
});

test('"I feel unwell" is there during the walk test too, and ends it', async ({ page }) => {
	await page.goto('/start');
	await answerSafety(page);
	await chooseLegsAndDays(page);
	await page.getByTestId('baseline-walk').click();
	// A start line: the timer runs only once the person sets off.
	await expect(page.getByTestId('test-time')).toBeHidden();
	await page.getByTestId('test-start').click();
	await expect(page.getByTestId('test-time')).toBeVisible();
	// While it times, there is no menu and no Back to tap away to.
	await expect(page.getByRole('navigation')).toBeHidden();
	// As on a walk, "I feel unwell" stays at the foot of the screen, and at 200 % text the
	// test's own first action still shows above it.
	await largeText(page);
	const onset = await page.getByTestId('test-onset').boundingBox();
	const unwell = await page.getByTestId('unwell').boundingBox();
	expect(onset!.y + onset!.height).toBeLessThanOrEqual(unwell!.y);
	expect(unwell!.y + unwell!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
	await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeHidden();
	await page.getByTestId('unwell').click();
	await expect(page.getByRole('heading', { name: 'You said you feel unwell' })).toBeVisible();
	await page.getByRole('button', { name: 'End the walk now' }).click();
	await expect(page.getByTestId('test-stopped')).toBeVisible();
	await page.getByRole('button', { name: 'Back', exact: true }).first().click();
	// Back at the three choices; a new test starts afresh.
	await page.getByTestId('baseline-walk').click();
	await page.getByTestId('test-start').click();
	await expect(page.getByTestId('test-onset')).toBeVisible();
});
