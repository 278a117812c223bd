// The symptom diary and the vein track's day, as a person uses them.
import { expect, readTable, test } from './fixtures';
import { onboard } from './onboarding';

const MONDAY = new Date('2026-11-23T09:00:00');

test('an ordinary day in two taps: a number, then Save; shown on the page and in History', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'vein');
	await page.getByTestId('diary-link').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your legs today' })).toBeVisible();
	// The 0 to 10 scale is two even rows on a phone (0 to 5, 6 to 10): no number left alone.
	const rowOf = async (n: number) =>
		Math.round((await page.getByTestId(`heaviness-${n}`).locator('..').boundingBox())!.y);
	expect(await rowOf(5)).toBe(await rowOf(0));
	expect(await rowOf(10)).toBe(await rowOf(6));
	expect(await rowOf(6)).toBeGreaterThan(await rowOf(5));
	await page.getByTestId('heaviness-3').check();
	await page.getByTestId('save-diary').click();
	await expect(page.getByTestId('diary-saved')).toContainText('Saved');
	await expect(page.getByTestId('diary-guidance')).toHaveCount(0);
	await expect(page.getByTestId('diary-entries')).toContainText('Heaviness 3 of 10');
	await expect(page.getByTestId('diary-trend')).toContainText('3 out of 10 on average (1 day)');
	const entries = await readTable<Record<string, unknown>>(page, 'symptoms');
	expect(entries).toHaveLength(1);
	expect(entries[0]).toMatchObject({
		date: '2026-11-23',
		heaviness: 3,
		swelling: null,
		painWhere: [],
		nightCramps: false,
		note: null
	});
	await page.goto('/history');
	await expect(page.getByTestId('history-diary')).toContainText('Heaviness 3 of 10');
});

test('nothing filled is not saved and says so; a note with HTML is shown as text', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'vein');
	await page.goto('/diary');
	await page.getByTestId('save-diary').click();
	await expect(page.locator('#error-summary')).toContainText(
		'Choose how heavy your legs feel, or fill in one of the details'
	);
	expect(await readTable(page, 'symptoms')).toEqual([]);
	// Only 0 to 10 can be chosen.
	await expect(page.locator('input[name="heaviness"]')).toHaveCount(11);
	await page.getByTestId('diary-more').click();
	await page.getByTestId('diary-note').fill('<img src=x onerror="alert(1)"><b>sore</b>');
	await page.getByTestId('save-diary').first().click();
	await expect(page.getByTestId('diary-entry-note')).toHaveText(
		'<img src=x onerror="alert(1)"><b>sore</b>'
	);
	await expect(page.locator('[data-testid="diary-entries"] img')).toHaveCount(0);
});

test('new swelling of one leg brings the same-day guidance with the call button', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'vein');
	await page.goto('/settings');
	// With a care team's number saved, the guidance offers to call them.
	await page.locator('#care-phone').fill('020 7946 0000');
	await page.getByTestId('save-contacts').click();
	await expect(page.getByText('Saved')).toBeVisible();
	await page.goto('/diary');
	await page.getByTestId('diary-more').click();
	await page.getByTestId('swelling-mild').check();
	// The side is asked for.
	await page.getByTestId('save-diary').first().click();
	await expect(page.locator('#error-summary')).toContainText('Choose which leg is swollen.');
	await page.getByTestId('swelling-side-left').check();
	await page.getByTestId('save-diary').first().click();
	const guidance = page.getByTestId('diary-guidance');
	await expect(guidance.getByTestId('care')).toHaveAttribute('data-level', 'seenToday');
	await expect(guidance).toContainText('Get seen today');
	await expect(guidance).toContainText('Today: one leg newly swollen.');
	await expect(guidance.getByRole('link')).toHaveAttribute('href', /^tel:/);
	// Today says the same, and offers no walk.
	await page.goto('/');
	await expect(page.getByTestId('care')).toContainText('Get seen today');
	await expect(page.getByTestId('care')).toContainText('Today: one leg newly swollen.');
	await expect(page.getByTestId('start')).toHaveCount(0);
});

test('night cramps in the diary: mention it at the next appointment, and keep walking', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'pad');
	await page.goto('/diary');
	// For PAD the first question is where the leg hurts; heaviness is the vein track's measure.
	await expect(page.locator('form legend').first()).toHaveText(
		'Where do you feel pain when you walk?'
	);
	await page.getByTestId('save-diary').first().click();
	await expect(page.locator('#error-summary')).toContainText(
		'Choose where you feel pain when you walk'
	);
	await page.getByTestId('diary-more').click();
	await page.getByLabel('Cramps that woke me at night').check();
	await page.getByTestId('save-diary').first().click();
	const guidance = page.getByTestId('diary-guidance');
	await expect(guidance.getByTestId('care')).toHaveAttribute('data-level', 'mention');
	await expect(guidance).toContainText('Mention it at your next appointment');
	await expect(guidance).toContainText('Keep walking as planned.');
	await expect(guidance).not.toContainText('Stop walking');
	// Today: the same words, and today's walk is still the main thing to do.
	await page.goto('/');
	await expect(page.getByTestId('care')).toContainText('Mention it at your next appointment');
	await expect(page.getByTestId('care')).toContainText(
		'Today: night cramps, tingling, or heavy legs since a new medicine.'
	);
	await expect(page.getByTestId('start')).toHaveClass(/primary/);
	await expect(page.getByTestId('care-cleared')).not.toHaveClass(/primary/);
	// The walk's start: walking goes on, so the walk is offered as usual.
	await page.goto('/walk');
	await expect(page.getByTestId('start-walk')).toHaveClass(/primary/);
	await expect(page.getByTestId('start-walk')).not.toContainText('I have been told');
	// Learn gives the same rule under the same heading.
	await page.goto('/learn/get-help');
	await expect(page.getByTestId('learn-mention')).toContainText(
		'Mention it at your next appointment'
	);
	await expect(page.getByTestId('learn-mention')).toContainText('Cramps that wake you at night');
	// The report: the sign, where it was told, its level and the answer so far.
	await page.goto('/report');
	await expect(page.getByTestId('report-advice')).toContainText(
		'Tingling, night cramps, or heavy legs since a new medicine (in the diary). Advice: Mention it at your next appointment. No answer yet.'
	);
	// A week on, the weekly review says the same.
	await page.clock.fastForward(7 * 24 * 60 * 60_000);
	await page.goto('/review');
	await expect(page.getByTestId('care')).toContainText('Mention it at your next appointment');
	await page.goto('/');
	// "I have told them" ends it.
	await page.getByTestId('care-cleared').click();
	await expect(page.getByTestId('care')).toHaveCount(0);
});

test('a vein-track day: two leg-raising breaks and a calf-pump break show on Today', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'vein');
	await expect(page.getByTestId('elevation-count')).toHaveText('0 of 3 leg-raising breaks');
	await page.getByTestId('log-elevation').click();
	await expect(page.getByTestId('elevation-count')).toHaveText('1 of 3 leg-raising breaks');
	// The second with the timer.
	await page.getByTestId('raise-timer').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Raise your legs' })).toBeVisible();
	await page.getByTestId('start-raise').click();
	await page.clock.runFor(15 * 60_000);
	await expect(page.getByTestId('raise-countdown')).toHaveText('0:00');
	await page.getByTestId('raise-done').click();
	await expect(page.getByTestId('elevation-count')).toHaveText('2 of 3 leg-raising breaks');
	await page.getByTestId('log-calf-pump').click();
	await expect(page.getByTestId('calf-pump-count')).toHaveText('1 of 8 calf-pump breaks');
	const breaks = await readTable<{ kind: string; durationMs: number | null }>(page, 'breaks');
	expect(breaks.map((b) => b.kind).sort()).toEqual(['calfPump', 'elevation', 'elevation']);
	expect(breaks.some((b) => b.durationMs !== null && b.durationMs >= 15 * 60_000)).toBe(true);
	// A swollen day asks for 4 breaks of 30 minutes.
	await page.goto('/diary');
	await page.getByTestId('diary-more').click();
	await page.getByTestId('swelling-marked').check();
	await page.getByTestId('swelling-side-both').check();
	await page.getByTestId('save-diary').first().click();
	await expect(page.getByTestId('diary-saved')).toBeVisible();
	await page.goto('/');
	await expect(page.getByTestId('elevation-count')).toHaveText('2 of 4 leg-raising breaks');
});
