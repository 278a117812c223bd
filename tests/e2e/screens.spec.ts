// The walk and onboarding screens as a person meets them: one clock, plain words, the start in
// view, a menu that leaves room, one question per page, and taps and clocks that misbehave.
import type { Locator, Page } from '@playwright/test';
import { eventTypes, expect, largeText, passCheck, test } from './fixtures';
import { onboard } from './onboarding';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;
async function startWalk(page: Page) {
	await page.clock.install({ time: T0 });
	await page.goto('/walk');
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
}

/**
 * Wholly on screen without scrolling, and not under what is fixed at the foot: the tab bar (by
 * default; where it is hidden, the bottom of the screen) or another element.
 */
async function inViewport(
	page: Page,
	testId: string,
	foot: Locator = page.getByRole('navigation', { name: 'Main' })
) {
	const box = await page.getByTestId(testId).boundingBox();
	const visibleBottom = (await foot.boundingBox())?.y ?? page.viewportSize()!.height;
	expect(box, testId).not.toBeNull();
	expect(box!.y, `${testId} top`).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, `${testId} bottom`).toBeLessThanOrEqual(visibleBottom);
}

test('one clock mid-walk, the target as a bar and words, and "Resting" while resting', async ({
	page
}) => {
	await startWalk(page);
	// The walk starts straight after "Skip the warm-up": one tap for the whole warm-up.
	expect(await eventTypes(page)).toEqual(['started', 'phaseStarted']);
	await page.clock.runFor(3 * MIN);
	await expect(page.getByTestId('bout-time')).toHaveText('3:00');
	await expect(page.getByTestId('target-progress')).toHaveText('3 of 15 minutes');
	// No second clock shows the same time.
	expect(await page.locator('main').innerText()).not.toMatch(/3:00[\s\S]*3:00/);
	// The pain scale is on screen the first time the walk mentions moderate pain.
	await expect(page.getByTestId('pain-scale')).toContainText('Moderate pain: stop and rest');
	await page.getByTestId('pain-started').click();
	await expect(page.getByTestId('onset')).toHaveText('Pain started after 3 minutes');
	await page.clock.runFor(MIN);
	await page.getByTestId('stop-rest').click();
	// Asked for a level: every level with its meaning.
	await expect(page.getByTestId('pain-question')).toContainText(
		'Mild pain: keep walking if you can'
	);
	await page.getByTestId('pain-4').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Resting' })).toBeVisible();
	await page.clock.runFor(2 * MIN);
	await expect(page.getByTestId('rest-time')).toHaveText('2:00');
	await page.getByTestId('pain-gone').click();
	await page.clock.runFor(12 * MIN);
	await expect(page.getByTestId('target-progress')).toHaveText('16 minutes: target of 15 reached');
	await expect(page.getByTestId('finish-walking')).toHaveClass(/primary/);
	// No unit is left alone on a line: number and unit are held together.
	const words = await page.getByTestId('target-progress').locator('p').textContent();
	expect(words).toContain('16\u00a0minutes');
});

test('Start is in view without scrolling, at normal and at 200 % text', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await onboard(page);
	for (const large of [false, true]) {
		await page.goto('/');
		if (large) await largeText(page);
		await inViewport(page, 'start');
		await expect(page.getByTestId('target')).toHaveText('15 minutes of walking');
		await page.goto('/walk');
		if (large) await largeText(page);
		await inViewport(page, 'start-walk');
	}
	// The target is a heading of ordinary size, not a timer-size number.
	const size = await page
		.getByTestId('ready-target')
		.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
	expect(size).toBeLessThan(60);
});

/** How many lines the element's text takes on screen. */
async function linesOf(page: Page, testId: string): Promise<number> {
	return page.getByTestId(testId).evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
	});
}

/** Wholly on screen, above the "I feel unwell" button stuck at the foot of a walk screen. */
async function aboveUnwell(page: Page, testId: string) {
	const unwell = page.getByTestId('unwell');
	await expect(unwell).toBeVisible();
	await inViewport(page, testId, unwell);
}

test('at 200 % text the walk clock stays on one line and the next action shows above "I feel unwell"', async ({
	page
}) => {
	await startWalk(page);
	await largeText(page);
	await page.clock.runFor(13 * MIN);
	await expect(page.getByTestId('bout-time')).toHaveText('13:00');
	expect(await linesOf(page, 'bout-time')).toBe(1);
	await aboveUnwell(page, 'pain-started');
	// "I feel unwell" keeps to one line.
	expect(await linesOf(page, 'unwell')).toBe(1);
	// Once the pain has started, its time takes the button's place and "Stop and rest" stays whole
	// above "I feel unwell".
	await page.getByTestId('pain-started').click();
	await expect(page.getByTestId('onset')).toBeVisible();
	expect(await linesOf(page, 'onset')).toBeLessThanOrEqual(2);
	await aboveUnwell(page, 'stop-rest');
	// Resting (the target not yet reached): the way back to walking shows above "I feel unwell".
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await expect(page.getByTestId('rest-help')).toBeVisible();
	await aboveUnwell(page, 'pain-gone');
	// A long rest: its clock on one line, and the warning takes the place of "rest until the pain
	// has gone", under the clock, where it is seen without scrolling.
	await page.clock.runFor(12 * MIN);
	await expect(page.getByTestId('rest-time')).toHaveText('12:00');
	expect(await linesOf(page, 'rest-time')).toBe(1);
	await expect(page.getByTestId('rest-help')).toHaveCount(0);
	const warning = await page.getByTestId('rest-warning').boundingBox();
	expect(warning!.y + 100).toBeLessThanOrEqual((await page.getByTestId('unwell').boundingBox())!.y);
	// Past an hour the walk clock still fits the screen, on one line.
	await page.getByTestId('pain-gone').click();
	await page.clock.runFor(61 * MIN);
	await expect(page.getByTestId('bout-time')).toHaveText('1:01:00');
	expect(await linesOf(page, 'bout-time')).toBe(1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('When to get help: the call button is in view without scrolling, at normal and at 200 % text', async ({
	page
}) => {
	for (const large of [false, true]) {
		await page.goto('/learn/get-help');
		await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
		if (large) await largeText(page);
		await inViewport(page, 'call-emergency');
	}
});

test('a bottom tab bar of five places, at most 64 px tall, hidden during a walk', async ({
	page
}) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link')).toHaveText([
		'Today',
		'Progress',
		'History',
		'Learn',
		'Settings'
	]);
	for (const large of [false, true]) {
		if (large) await largeText(page);
		const box = await nav.boundingBox();
		expect(box!.height).toBeLessThanOrEqual(64 + 2);
		expect(box!.y + box!.height).toBeCloseTo(page.viewportSize()!.height, 0);
	}
	await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
	await page.clock.install({ time: T0 });
	await page.goto('/walk');
	await expect(nav).toBeVisible();
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await expect(nav).toBeHidden();
});

test('onboarding asks one thing per page, with the error beside the question', async ({ page }) => {
	await page.goto('/start');
	await expect(page.getByText('Step 1 of 7')).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText('Step 2 of 7')).toBeVisible();
	await expect(page.getByTestId('question-count')).toHaveText('Question 1 of 12');
	await expect(page.locator('fieldset')).toHaveCount(1);
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	// No answer: the summary names the question and links to it; the error sits beside it.
	await page.getByRole('button', { name: 'Continue' }).click();
	const summary = page.locator('#error-summary');
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toContainText('Please answer yes or no: ');
	await expect(page.locator('fieldset .error')).toContainText('Please answer yes or no');
	await page.locator('fieldset').getByLabel('No').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('question-count')).toHaveText('Question 2 of 12');
	await expect(page.locator('#error-summary')).toBeHidden();
	// Back goes to the question before, with its answer kept; one Back on the page.
	await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveCount(1);
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(page.getByTestId('question-count')).toHaveText('Question 1 of 12');
	await expect(page.locator('fieldset').getByLabel('No')).toBeChecked();
	await page.getByRole('button', { name: 'Continue' }).click();
	for (let i = 2; i <= 12; i++) {
		await expect(page.getByText('Step 2 of 7')).toBeVisible();
		await page.locator('fieldset').getByLabel('No').check();
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	// Which legs: nothing chosen for the person.
	await expect(page.getByText('Step 3 of 7')).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Which legs trouble you?' })
	).toBeVisible();
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.locator('fieldset .error')).toHaveText('Please choose which legs trouble you.');
	await page.getByLabel('Left leg').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText('Step 4 of 7')).toBeVisible();
});

test('the vein track: rest without a pain scale, and Finish is not the main action before the target', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await onboard(page, 'vein');
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(5 * MIN);
	await expect(page.getByTestId('finish-walking')).toHaveCount(0);
	await expect(page.locator('main button.primary')).toHaveCount(0);
	await page.getByTestId('stop-rest').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Resting' })).toBeVisible();
	await expect(page.getByTestId('pain-question')).toHaveCount(0);
	await page.clock.runFor(2 * MIN);
	await expect(page.getByTestId('rest-time')).toHaveText('2:00');
	await page.getByRole('button', { name: 'Walk again' }).click();
	await page.clock.runFor(11 * MIN);
	await expect(page.getByTestId('finish-walking')).toHaveClass(/primary/);
	await page.getByTestId('finish-walking').click();
	for (const part of ['Calf exercises', 'Cool-down']) {
		await expect(page.getByRole('heading', { level: 1, name: part })).toBeVisible();
		// Taps of the same kind closer than 0.7 s count as one (a double tap).
		await page.clock.runFor(1000);
		await page.getByTestId('skip-part').click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Raise your legs' })).toBeVisible();
	// While the countdown runs, ending is possible but not the main action.
	await expect(page.getByTestId('next')).toHaveText('Stop leg raising now');
	await expect(page.getByTestId('next')).not.toHaveClass(/primary/);
	await page.clock.runFor(20 * MIN);
	await expect(page.getByTestId('next')).toHaveText('Done');
	await expect(page.getByTestId('next')).toHaveClass(/primary/);
});

test('after a walk, Today says well done and what is next, with no big button to walk again', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(15 * MIN);
	await page.getByTestId('finish-walking').click();
	await page.clock.runFor(1000);
	await page.getByTestId('skip-part').click();
	await page.getByLabel('About the same').check();
	await page.getByLabel('Anything to remember? (optional)').fill('Sunny');
	await page.getByTestId('save-finish').click();
	// The saved walk shows how the legs felt and the note.
	await expect(page.getByTestId('summary-feeling')).toHaveText('About the same');
	await expect(page.getByTestId('summary-note')).toHaveText('Sunny');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await expect(page.getByTestId('next-walk')).toContainText('Next walk: Wednesday 25 November');
	await expect(page.getByTestId('start')).toHaveText('Go for another walk');
	await expect(page.getByTestId('start')).not.toHaveClass(/primary|big/);
	await page.goto('/history');
	await expect(page.getByTestId('history-note')).toHaveText('Sunny');
});

test('a clock that jumps back or forward an hour mid-bout does not freeze or stretch the walk', async ({
	page
}) => {
	await startWalk(page);
	await page.clock.runFor(5 * MIN);
	// The wall clock goes back an hour (a manual change); the monotonic clock runs on.
	await page.clock.setSystemTime(new Date(T0.getTime() - 54 * MIN));
	await page.clock.runFor(5 * MIN);
	await expect(page.getByTestId('bout-time')).toHaveText('10:00');
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(2 * MIN);
	await expect(page.getByTestId('rest-time')).toHaveText('2:00');
	// And forward an hour (a network correction).
	await page.clock.setSystemTime(new Date(T0.getTime() + 73 * MIN));
	await page.clock.runFor(MIN);
	await expect(page.getByTestId('rest-time')).toHaveText('3:00');
	await page.getByTestId('pain-gone').click();
	await page.clock.runFor(6 * MIN);
	await page.getByTestId('finish-walking').click();
	await page.clock.runFor(1000);
	await page.getByTestId('skip-part').click();
	await page.getByTestId('save-finish').click();
	await expect(page.getByTestId('summary-active')).toHaveText('16:00');
	await expect(page.getByTestId('summary-bouts')).toHaveText('2');
	await expect(page.getByTestId('summary-rest')).toHaveText('3:00');
});

test('a double tap never answers a question the person did not see', async ({ page }) => {
	await startWalk(page);
	await page.clock.runFor(3 * MIN);
	// Double tap on "Stop and rest": the second tap lands on the pain list and is ignored.
	await page.getByTestId('stop-rest').dblclick();
	await expect(page.getByTestId('pain-question')).toBeVisible();
	expect(await eventTypes(page)).not.toContain('stopped');
	await page.getByTestId('pain-4').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Resting' })).toBeVisible();
	await page.clock.runFor(2 * MIN);
	// Double tap on "Pain gone, walk again": the next bout's buttons ignore the second tap.
	await page.getByTestId('pain-gone').dblclick();
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
	await expect(page.getByTestId('pain-question')).toHaveCount(0);
	expect((await eventTypes(page)).filter((t) => t === 'painOnset' || t === 'stopped')).toEqual([
		'stopped'
	]);
});

test('the undo button says what it takes back, in plain words', async ({ page }) => {
	await startWalk(page);
	await expect(page.getByTestId('undo')).toHaveText('Undo: go back a step');
	await page.clock.runFor(1000);
	await page.getByTestId('pain-started').click();
	await expect(page.getByTestId('undo')).toHaveText('Undo “Leg pain started”');
});
