// What a person types is never lost: the finish screen, the diary and a walk added by hand keep
// their drafts across a reload, Back and a killed tab, until saved.
import { expect, passCheck, readTable, test } from './fixtures';
import { onboard } from './onboarding';

const MONDAY = new Date('2026-11-23T09:00:00');
const MIN = 60_000;
const drafts = (page: import('@playwright/test').Page) =>
	page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('legwork-draft:')));

test('the finish screen keeps how the legs felt and the note across a reload, Back and a killed tab', async ({
	page,
	context
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(4 * MIN);
	await page.getByTestId('unwell').click();
	await page.getByTestId('end-now').click();
	await page.getByLabel('Better than usual').check();
	await page.getByLabel('Anything to remember? (optional)').fill('Windy on the hill');
	await page.reload();
	await expect(page.getByLabel('Better than usual')).toBeChecked();
	await expect(page.getByLabel('Anything to remember? (optional)')).toHaveValue(
		'Windy on the hill'
	);
	// Back to Today, and to the walk again.
	await page.goBack();
	await page.goto('/walk');
	await expect(page.getByLabel('Anything to remember? (optional)')).toHaveValue(
		'Windy on the hill'
	);
	// The tab is killed; a new one opens the walk with the draft.
	await page.close();
	const again = await context.newPage();
	await again.clock.install({ time: new Date(MONDAY.getTime() + 6 * MIN) });
	await again.goto('/walk');
	await expect(again.getByLabel('Better than usual')).toBeChecked();
	await expect(again.getByLabel('Anything to remember? (optional)')).toHaveValue(
		'Windy on the hill'
	);
	await again.getByTestId('save-finish').click();
	await expect(again.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	const sessions = await readTable<{ summary: { note: string; feeling: string } }>(
		again,
		'sessions'
	);
	expect(sessions[0]?.summary).toMatchObject({ note: 'Windy on the hill', feeling: 'better' });
	// Saved: the draft is gone.
	expect(await drafts(again)).toEqual([]);
});

test('the diary and a walk added by hand keep what was typed until it is saved', async ({
	page,
	context
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.goto('/diary');
	await page.getByTestId('diary-more').click();
	await page.getByLabel('Cramps that woke me at night').check();
	await page.getByTestId('diary-note').fill('Left calf at 3 am');
	await page.reload();
	await page.getByTestId('diary-more').click();
	await expect(page.getByLabel('Cramps that woke me at night')).toBeChecked();
	await expect(page.getByTestId('diary-note')).toHaveValue('Left calf at 3 am');
	await page.getByTestId('save-diary').first().click();
	await expect(page.getByTestId('diary-saved')).toBeVisible();
	expect(await drafts(page)).not.toContain('legwork-draft:diary');

	await page.goto('/history/add');
	await page.getByTestId('manual-date').fill('2026-11-22');
	await page.getByTestId('manual-active').fill('20');
	await page.getByTestId('manual-onset').fill('4');
	await page.close();
	const again = await context.newPage();
	await again.clock.install({ time: MONDAY });
	await again.goto('/history/add');
	await expect(again.getByTestId('manual-date')).toHaveValue('2026-11-22');
	await expect(again.getByTestId('manual-active')).toHaveValue('20');
	await expect(again.getByTestId('manual-onset')).toHaveValue('4');
	await again.getByTestId('save-manual').click();
	await expect(again.getByTestId('session-active')).toHaveText('20 min');
	expect(await drafts(again)).toEqual([]);
	// A new form starts empty.
	await again.goto('/history/add');
	await expect(again.getByTestId('manual-active')).toHaveValue('');
});

test('an open pain question comes back after a reload, and the stop keeps the time it was tapped', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(5 * MIN);
	await page.getByTestId('stop-rest').click();
	await expect(page.getByTestId('pain-question')).toBeVisible();
	await page.clock.runFor(30_000);
	await page.reload();
	await expect(page.getByTestId('pain-question')).toBeVisible();
	await page.getByTestId('pain-4').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Resting' })).toBeVisible();
	// The bout ended when "Stop and rest" was tapped, not when the question was answered.
	const events = await readTable<{ type: string; at: number }>(page, 'events');
	const stop = events.find((e) => e.type === 'stopped')!;
	const start = events.find((e) => e.type === 'started')!;
	expect(stop.at - start.at).toBe(5 * MIN);
	expect(await drafts(page)).toEqual([]);
});
