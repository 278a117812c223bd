// Progress, History, a session's page, the weekly review and the report, as a person uses them:
// the numbers come from recorded walks, an edit shows everywhere, nothing is lost to a delete.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, largeText, passCheck, readTable, restoreYear, skipToSave, test } from './fixtures';
import { onboard } from './onboarding';
import { tenYears } from '../../scripts/ten-years.mjs';

const MONDAY = new Date('2026-11-23T09:00:00');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/**
 * From the walk page: a bout with pain after `onset` minutes, stopped at moderate pain after
 * `bout`, a rest of `rest`, then a second bout of `second` minutes; saved.
 */
async function recordWalk(page: Page, onset = 3, bout = 6, rest = 2, second = 5) {
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
	await page.clock.runFor(onset * MIN);
	await page.getByTestId('pain-started').click();
	await page.clock.runFor((bout - onset) * MIN);
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(rest * MIN);
	await page.getByTestId('pain-gone').click();
	await page.clock.runFor(second * MIN);
	if (await page.getByTestId('finish-walking').isVisible()) {
		await page.getByTestId('finish-walking').click();
	} else {
		await page.getByTestId('end-early').click();
		await page.getByTestId('end-early-yes').click();
	}
	await skipToSave(page);
}

async function addByHand(
	page: Page,
	walk: {
		date: string;
		time?: string;
		active: string;
		onset?: string;
		longest?: string;
		rests?: string;
		restTime?: string;
	}
) {
	// A paused clock would hold the page's own navigation after saving.
	await page.clock.resume();
	await page.goto('/history/add');
	await page.getByTestId('manual-date').fill(walk.date);
	if (walk.time) await page.getByTestId('manual-time').fill(walk.time);
	await page.getByTestId('manual-active').fill(walk.active);
	if (walk.onset) await page.getByTestId('manual-onset').fill(walk.onset);
	if (walk.rests) await page.getByTestId('manual-rests').fill(walk.rests);
	if (walk.longest) await page.getByTestId('manual-longest').fill(walk.longest);
	if (walk.restTime) await page.getByTestId('manual-restTime').fill(walk.restTime);
	await page.getByTestId('save-manual').click();
}

test('with a year of walks, Progress draws this week first, then its charts and table a frame later', async ({
	page
}) => {
	await restoreYear(page, { realClock: true });
	// Each frame, before it is painted: are this week's figures there, and the weekly charts?
	await page.addInitScript(() => {
		const frames: [boolean, boolean][] = [];
		(window as unknown as { frames_: typeof frames }).frames_ = frames;
		const look = () => {
			frames.push([
				!!document.querySelector('[data-testid="stat-walking"]'),
				!!document.querySelector('#charts-heading')
			]);
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.goto('/progress');
	await expect(page.locator('#charts-heading')).toBeVisible();
	await expect(page.getByTestId('report-link')).toBeVisible();
	const frames = await page.evaluate(
		() => (window as unknown as { frames_: [boolean, boolean][] }).frames_
	);
	// A frame drawn with this week and without the charts, and none with the charts alone.
	expect(frames.some(([week, charts]) => week && !charts)).toBe(true);
	expect(frames.some(([week, charts]) => charts && !week)).toBe(false);
});

test('on a phone, the weekly figures are cards with each figure named: nothing to scroll sideways, at large text too; wider, a table', async ({
	page
}) => {
	await restoreYear(page, { realClock: true });
	/** The weekly table on a page: how it is laid out, and whether its region scrolls sideways. */
	const look = async (path: string, testid: string) => {
		await page.goto(path);
		const table = page.getByTestId(testid);
		if (path === '/progress') await page.getByText('The same figures as a table').click();
		await table.scrollIntoViewIfNeeded();
		return table.evaluate((t) => {
			const wrap = t.parentElement!;
			const cell = t.querySelector('tbody td')!;
			return {
				layout: getComputedStyle(t).display,
				sideways: wrap.scrollWidth > wrap.clientWidth + 1,
				name: cell.getAttribute('data-label'),
				names: [...t.querySelectorAll('tbody tr:first-child td')].map((c) =>
					c.getAttribute('data-label')
				),
				shown:
					getComputedStyle(cell, '::before').display !== 'none' &&
					cell.getBoundingClientRect().width > 0
			};
		});
	};
	// The first figure's name beside it, and its column's heading (the report's is short, as
	// printed). The report's minutes are bare numbers, as printed: on a card, the name says
	// "minutes"; Progress writes "min" with each figure.
	for (const [path, testid, first, heading, walked] of [
		['/progress', 'figures-table', 'Walked', 'Walked', 'Walked'],
		['/report', 'report-weeks', 'Week of the program', 'Wk', 'Walked (minutes)']
	] as const) {
		await page.setViewportSize({ width: 390, height: 844 });
		const seen = await look(path, testid);
		expect(seen, path).toMatchObject({
			layout: 'block',
			sideways: false,
			name: first,
			shown: true
		});
		expect(seen.names, path).toContain(walked);
		// Still a table for a screen reader: its headings and cells keep their roles.
		await expect(
			page.getByTestId(testid).getByRole('columnheader', { name: heading, exact: true })
		).toHaveCount(1);
		await expect(
			page.getByTestId(testid).getByRole('row').nth(1).getByRole('cell').first()
		).toBeAttached();
		await largeText(page);
		const big = await page.getByTestId(testid).evaluate((t) => {
			const wrap = t.parentElement!;
			return wrap.scrollWidth > wrap.clientWidth + 1;
		});
		expect(big, `${path} at large text`).toBe(false);
		await page.setViewportSize({ width: 1280, height: 900 });
		expect((await look(path, testid)).layout, `${path} on a wide screen`).toBe('table');
	}
});

test('progress after recorded walks: this week against last, the charts and their table, a walk added by hand counted', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + MIN));
	await recordWalk(page, 3, 6, 2, 5);

	// A week on: a clinic walk added by hand, 20 minutes with one rest.
	await page.clock.fastForward(7 * DAY);
	await addByHand(page, {
		date: '2026-11-30',
		time: '08:00',
		active: '20',
		onset: '4',
		rests: '1',
		longest: '12',
		restTime: '3'
	});
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walk, Monday 30 November');
	await expect(page.getByTestId('session-active')).toHaveText('20 min');
	await expect(page.getByTestId('session-onset')).toHaveText('4 min');
	// Only what was entered: no bouts, timeline or pain levels it was not given.
	await expect(page.getByTestId('added-by-hand')).toHaveText(
		'Added by hand: only what was entered is shown.'
	);
	await expect(page.getByTestId('session-longest')).toHaveText('12 min');
	await expect(page.getByTestId('session-rests')).toHaveText('1 rest, 3 min in all');
	await expect(page.getByTestId('session-bouts')).toHaveCount(0);
	await expect(page.getByTestId('session-pain')).toHaveCount(0);
	await expect(page.getByTestId('edit-session')).toHaveCount(0);
	// Stored as taps, like a walk recorded live.
	const sessions = await readTable<{ kind: string; id: string }>(page, 'sessions');
	const manual = sessions.find((s) => s.kind === 'manual');
	expect(manual).toBeDefined();
	const events = await readTable<{ sessionId: string; type: string; seq: number }>(page, 'events');
	const taps = events.filter((e) => e.sessionId === manual!.id).sort((a, b) => a.seq - b.seq);
	expect(taps.map((e) => e.type)).toEqual([
		'started',
		'painOnset',
		'stopped',
		'painGone',
		'finished'
	]);

	await page.goto('/progress');
	// This week is "so far", compared with last week by the same day (here, Monday).
	await expect(page.getByTestId('stat-walking')).toContainText('Walking this week, so far');
	await expect(page.getByTestId('stat-walking')).toContainText('20 min');
	await expect(page.getByTestId('stat-walking')).toContainText(
		'9 min more than by Monday last week'
	);
	await expect(page.getByTestId('stat-sessions')).toContainText('1 of 3');
	await expect(page.getByTestId('stat-sessions')).toContainText('By Monday last week: 1 done');
	await expect(page.getByTestId('stat-onset')).toContainText('4 min');
	await expect(page.getByTestId('stat-onset')).toContainText(
		'1 min later than by Monday last week'
	);
	await expect(page.getByTestId('stat-longest')).toContainText('12 min');
	await expect(page.getByTestId('stat-longest')).toContainText(
		'6 min longer than by Monday last week'
	);
	await expect(page.getByTestId('figures-table').locator('tbody th').first()).toHaveText(
		'Mon 30 Nov (so far)'
	);
	// The unfinished week's bars are drawn as such (pale, outlined), on the walking and sessions charts.
	for (const chart of ['chart-walking', 'chart-sessions']) {
		await expect(page.getByTestId(chart)).toHaveAttribute('data-so-far', /30 Nov/);
	}
	await expect(page.getByTestId('chart-pain')).not.toHaveAttribute('data-so-far', /./);
	// Praise only for a real change: the usual onset went up by a minute.
	await expect(page.getByTestId('milestones')).toContainText('start to hurt 1 min later');
	await expect(page.getByTestId('milestones')).not.toContainText('every session of a week');

	// A chart far down the page is drawn only as it comes near the screen (its space is kept),
	// or when the page is printed.
	await expect(page.getByTestId('chart-sessions')).toHaveAttribute('data-drawn', 'false');
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(page.getByTestId('chart-sessions')).toHaveAttribute('data-drawn', 'true');
	// The charts are drawn, and the same figures are in a table.
	for (const id of ['chart-walking', 'chart-pain', 'chart-sessions']) {
		await page.getByTestId(id).scrollIntoViewIfNeeded();
		await expect(page.getByTestId(id)).toHaveAttribute('data-drawn', 'true');
		const box = await page.getByTestId(id).locator('canvas').boundingBox();
		expect(box!.width).toBeGreaterThan(200);
		expect(box!.height).toBeGreaterThan(100);
	}
	// Colours follow light and dark: each chart is drawn again, without a fault, however quickly
	// the setting changes.
	const faults: string[] = [];
	page.on('pageerror', (error) => faults.push(error.message));
	const picture = () =>
		page
			.getByTestId('chart-walking')
			.locator('canvas')
			.evaluate((c: HTMLCanvasElement) => c.toDataURL());
	// The light picture once it is still: a chart may be drawing in when it comes into view.
	const still = async () => {
		let before = await picture();
		for (;;) {
			await page.waitForTimeout(300);
			const now = await picture();
			if (now === before) return now;
			before = now;
		}
	};
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await still();
	for (const colorScheme of ['dark', 'light', 'dark'] as const)
		await page.emulateMedia({ colorScheme });
	await expect.poll(picture).not.toBe(light);
	await page.emulateMedia({ colorScheme: 'light' });
	await expect.poll(picture, { timeout: 15_000 }).toBe(light);
	expect(faults).toEqual([]);
	await page.getByText('The same figures as a table').click();
	const rows = page.getByTestId('figures-table').locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0).locator('th, td')).toHaveText([
		'Mon 30 Nov (so far)',
		'20 min',
		'45 min',
		'1 of 3',
		'4 min',
		'12 min'
	]);
	await expect(rows.nth(1).locator('th, td')).toHaveText([
		'Mon 23 Nov',
		'11 min',
		'45 min',
		'1 of 3',
		'3 min',
		'6 min'
	]);

	// A week with no walks is shown as such, never as zeros.
	await page.clock.fastForward(7 * DAY);
	await page.goto('/progress');
	await expect(page.getByTestId('stat-walking')).toContainText('No walks yet');
	await page.getByText('The same figures as a table').click();
	await expect(rows.nth(0)).toContainText('No walks this week');
});

test('a session opened, an impossible edit refused at the field, an edit shown everywhere, deleted and restored with Undo', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + MIN));
	await recordWalk(page, 3, 6, 2, 5);
	// Time runs on from here: the pages update themselves as records change.
	await page.clock.resume();

	await page.goto('/history');
	await page.getByTestId('history-item').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walk, Monday 23 November');
	await expect(page.getByTestId('session-active')).toHaveText('11 min');
	await expect(page.getByTestId('session-onset')).toHaveText('3 min');
	await expect(page.getByTestId('session-pain')).toHaveText('4: Moderate pain');
	await expect(page.getByTestId('session-bouts').locator('li')).toHaveText([
		'Walked 6 min, pain started after 3 min, stopped at 4: moderate pain, then rested 2 min.',
		'Walked 5 min.'
	]);

	// Pain after the stop cannot be: refused at the field, nothing stored.
	await page.getByTestId('edit-session').click();
	await page.getByTestId('onset-0').fill('7:00');
	await page.getByTestId('save-edit').click();
	await expect(page.locator('#onset-0-error')).toHaveText(
		'The pain cannot start after you stopped. Enter a time before the stop.'
	);
	await expect(page.locator('#error-summary')).toContainText('Walk 1: The pain cannot start');
	await expect(page.getByTestId('onset-0')).toHaveAttribute('aria-invalid', 'true');
	// A stop after the rest had ended cannot be either.
	await page.getByTestId('onset-0').fill('3:00');
	await page.getByTestId('stop-0').fill('9:00');
	await page.getByTestId('save-edit').click();
	await expect(page.locator('#stop-0-error')).toContainText(
		'after the rest that followed had ended'
	);
	const stored = await readTable<{ summary: { firstOnsetMs: number } }>(page, 'sessions');
	expect(stored[0]?.summary.firstOnsetMs).toBe(3 * MIN);
	// What was typed survives a reload: the form comes back as it was left.
	await page.getByTestId('level-0').selectOption('3');
	await page.reload();
	await expect(page.getByTestId('stop-0')).toHaveValue('9:00');
	await expect(page.getByTestId('onset-0')).toHaveValue('3:00');
	await expect(page.getByTestId('level-0')).toHaveValue('3');

	// A possible edit: pain after 4:30, stop at 7:00 with mild pain.
	await page.getByTestId('onset-0').fill('4:30');
	await page.getByTestId('stop-0').fill('7');
	await page.getByTestId('level-0').selectOption('3');
	await page.getByTestId('save-edit').click();
	await expect(page.getByTestId('edit-saved')).toBeVisible();
	// Saved: no draft is left, and a reload opens on the walk, not the form.
	await page.reload();
	await expect(page.getByTestId('edit-session')).toBeVisible();
	await expect(page.getByTestId('save-edit')).toHaveCount(0);
	await expect(page.getByTestId('session-onset')).toHaveText('4 min 30 s');
	await expect(page.getByTestId('session-active')).toHaveText('12 min');
	await expect(page.getByTestId('session-pain')).toHaveText('3: Mild pain');
	// The rest after it is a minute shorter: the rest still ended when "Pain gone" was tapped.
	await expect(page.getByTestId('session-bouts').locator('li').first()).toHaveText(
		'Walked 7 min, pain started after 4 min 30 s, stopped at 3: mild pain, then rested 1 min.'
	);
	// The summary is recomputed from the moved taps, and Progress shows it.
	const edited = await readTable<{ summary: { firstOnsetMs: number; activeWalkingMs: number } }>(
		page,
		'sessions'
	);
	expect(edited[0]?.summary).toMatchObject({ firstOnsetMs: 4.5 * MIN, activeWalkingMs: 12 * MIN });
	await page.goto('/progress');
	await expect(page.getByTestId('stat-onset')).toContainText('4 min 30 s');

	// Delete, and Undo brings it back; delete again and it is gone from History and Progress.
	await page.goto('/history');
	await page.getByTestId('history-item').getByRole('link').click();
	await page.getByTestId('delete-session').click();
	await expect(page.getByTestId('deleted')).toContainText('Walk deleted');
	await page.getByTestId('undo-delete').click();
	await expect(page.getByTestId('session-active')).toHaveText('12 min');
	await page.getByTestId('delete-session').click();
	await expect(page.getByTestId('deleted')).toBeVisible();
	await page.goto('/history');
	await expect(page.getByText('Your finished walks will be listed here.')).toBeVisible();
	await page.goto('/progress');
	await expect(page.getByText('Your progress will show here after your first walk.')).toBeVisible();
	// Kept as a tombstone, so a backup merge cannot bring it back.
	const gone = await readTable<{ deletedAt: number | null }>(page, 'sessions');
	expect(gone[0]?.deletedAt).not.toBeNull();
});

test('a walk added by hand: impossible figures refused with a message at the field', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await addByHand(page, { date: '2026-11-25', active: '20' });
	await expect(page.locator('#manual-date-error')).toHaveText(
		'This is in the future. Enter a walk you have done.'
	);
	await addByHand(page, {
		date: '2026-11-22',
		active: '20',
		onset: '15',
		longest: '12',
		rests: '1',
		restTime: '2'
	});
	await expect(page.locator('#manual-onset-error')).toContainText(
		'cannot start after the longest time'
	);
	await addByHand(page, { date: '2026-11-22', active: 'lots' });
	await expect(page.locator('#manual-active-error')).toHaveText('Enter minutes, like 12 or 12:30.');
	await expect(page.locator('#error-summary')).toBeVisible();
	expect(await readTable(page, 'sessions')).toEqual([]);
});

test('the weekly review: last week in words, answers stored, the goal kept for a week, shown in the report', async ({
	page
}) => {
	// Three walks recorded and a week of days run: 25 to 30 s alone, past 60 s beside another test.
	test.setTimeout(120_000);
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + MIN));
	await recordWalk(page, 3, 6, 2, 5);
	await page.clock.fastForward(2 * DAY);
	await recordWalk(page, 3, 6, 2, 5);
	await page.clock.fastForward(2 * DAY);
	await recordWalk(page, 3, 6, 2, 5);
	await page.goto('/');
	// Not in the first week.
	await expect(page.getByTestId('review-prompt')).toHaveCount(0);

	await page.clock.fastForward(3 * DAY);
	await page.goto('/');
	await expect(page.getByTestId('target')).toHaveText('20 minutes of walking');
	await expect(page.getByTestId('review-prompt')).toBeVisible();
	// Every text the page ever shows while it reads is recorded: no conclusion drawn from nothing.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
		new MutationObserver(() => seen.push(document.body?.innerText ?? '')).observe(document, {
			subtree: true,
			childList: true,
			characterData: true
		});
	});
	await page.goto('/review');
	await expect(page.getByTestId('review-last-week')).toContainText(
		'You did 3 of 3 sessions and walked 33 min in all.'
	);
	const shown = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	expect(shown.filter((t) => t.includes('You did not record a walk'))).toEqual([]);
	expect(shown.filter((t) => t.includes('The review starts after your first week'))).toEqual([]);
	await expect(page.getByTestId('review-last-week')).toContainText(
		'The pain usually started after 3 min.'
	);
	await page.getByTestId('obstacle-weather').check();
	await page.getByTestId('obstacle-tiredness').check();
	await page.getByTestId('review-text').fill('Icy paths <b>midweek</b>');
	// Kept as typed across a reload, until saved.
	await page.reload();
	await expect(page.getByTestId('review-text')).toHaveValue('Icy paths <b>midweek</b>');
	await expect(page.getByTestId('obstacle-weather')).toBeChecked();
	await page.getByTestId('goal-repeat').check();
	await page.getByTestId('save-review').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByTestId('review-prompt')).toHaveCount(0);
	// The person chose to stay at last week's 15 minutes.
	await expect(page.getByTestId('target')).toHaveText('15 minutes of walking');
	await expect(
		page.getByText('15 min again this week: you chose to stay at last week’s target.')
	).toBeVisible();
	const reviews = await readTable<Record<string, unknown>>(page, 'reviews');
	expect(reviews).toHaveLength(1);
	expect(reviews[0]).toMatchObject({
		weekStart: '2026-11-30',
		obstacles: ['weather', 'tiredness'],
		text: 'Icy paths <b>midweek</b>',
		goal: 'repeat',
		days: [0, 2, 4]
	});
	await page.goto('/report');
	// Labelled by the week it reviews (written at the start of the next).
	await expect(page.getByTestId('report-reviews')).toContainText(
		/Review of the week of Monday,? 23 November 2026: what got in the way/
	);
	await expect(page.getByTestId('report-reviews')).toContainText(
		'what got in the way: the weather, feeling tired (“Icy paths <b>midweek</b>”). Goal: stay at last week’s target.'
	);
});

test('the report: printed to PDF with its text, and the CSV rows match the sessions', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'pad', { clinic: { onsetMin: '3', maxMin: '6' } });
	await page.clock.pauseAt(new Date(MONDAY.getTime() + MIN));
	await recordWalk(page, 3, 6, 2, 5);
	await page.clock.fastForward(DAY);
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(4 * MIN);
	await page.getByTestId('unwell').click();
	await page.getByTestId('end-now').click();
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();

	await page.goto('/report');
	await expect(page.getByTestId('report-track')).toContainText('moderate leg pain');
	await expect(page.getByTestId('report-tests')).toContainText('(baseline)');
	// The advice shown, as every screen gave it, with what the person answered.
	await expect(page.getByTestId('report-advice')).toContainText(
		'Felt unwell and ended the walk (on a walk). Advice: Talk to your care team before your next walk. No answer yet.'
	);
	await expect(page.getByTestId('report-weeks').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('report-weeks').locator('tbody tr').first()).toContainText(
		'1 of 3, 1 stopped early'
	);

	// Printed: the browser's own PDF, with the report's words and no app controls.
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const text = await pdfText(pdf);
	expect(text).toContain('Walking report');
	expect(text).toContain('Week by week');
	expect(text).toContain('Advice shown');
	expect(text).toContain('Felt unwell and ended the walk (on a walk)');
	expect(text).toContain('(baseline)');
	expect(text).not.toContain('Print or save as PDF');
	expect(text).not.toContain('Settings');
	await page.emulateMedia({ media: 'screen' });

	// The CSV of sessions: a header with units, one row per session, matching the records.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('csv-sessions').click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
	expect(parsed.errors).toEqual([]);
	expect(parsed.meta.fields).toContain('walking_s');
	expect(parsed.meta.fields).toContain('first_onset_s');
	const sessions = await readTable<{
		date: string;
		summary: { activeWalkingMs: number; firstOnsetMs: number | null; endedBy: string | null };
	}>(page, 'sessions');
	const walks = sessions.filter((s) => s.summary).sort((a, b) => a.date.localeCompare(b.date));
	expect(parsed.data.map((r) => [r.date, Number(r.walking_s), r.ended_by])).toEqual(
		walks.map((s) => [
			s.date,
			Math.round(s.summary.activeWalkingMs / 1000),
			s.summary.endedBy ?? ''
		])
	);
	expect(parsed.data[0]).toMatchObject({ first_onset_s: '180', longest_bout_s: '360', rests: '1' });
	// When each walk started, in ISO 8601 with the offset from UTC (the time as the person saw it).
	expect(parsed.data[0]!.started_at).toMatch(/^2026-11-23T09:0\d:\d\d[+-]\d\d:\d\d$/);

	const [bouts] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('csv-bouts').click()
	]);
	const boutRows = Papa.parse<Record<string, string>>(
		readFileSync((await bouts.path())!, 'utf8').trim(),
		{ header: true }
	).data;
	expect(
		boutRows.slice(0, 2).map((r) => [r.bout, r.walking_s, r.onset_s, r.stop_pain_1_to_5, r.rest_s])
	).toEqual([
		['1', '360', '180', '4', '120'],
		['2', '300', '', '', '0']
	]);
});

test('History with ten years of walks: grouped by week, a walk ten years back reached by scrolling and by year', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.clock.install({ time: new Date('2026-11-26T12:00:00') });
	const dir = mkdtempSync(join(tmpdir(), 'legwork-ten-'));
	const path = join(dir, 'ten-years.json');
	writeFileSync(path, JSON.stringify(tenYears()));
	await page.goto('/data');
	await page.getByTestId('backup-file').setInputFiles(path);
	await expect(page.getByTestId('backup-contents')).toContainText('3,650 walks', {
		timeout: 60_000
	});
	await page.getByTestId('replace').click();
	await expect(page.getByTestId('restored')).toBeVisible({ timeout: 60_000 });

	// Loading never stalls: whenever the list settles, its end is out of reach of the screen,
	// even on a screen so tall that a growth still ends near it, and after jumps to the end.
	const endOutOfReach = () =>
		page.evaluate(() => {
			const more = document.querySelector('.more');
			return !more || more.getBoundingClientRect().top > window.innerHeight + 800;
		});
	// A stall never settles, however long it is given: the wait is long enough for reading ten
	// years of walks and growing the list on a busy machine (5 s was not, beside other tests).
	const settles = { timeout: 30_000 };
	await page.setViewportSize({ width: 390, height: 40_000 });
	await page.goto('/history');
	await expect.poll(endOutOfReach, settles).toBe(true);
	await page.setViewportSize({ width: 390, height: 844 });
	for (let jump = 0; jump < 5; jump++) {
		await page.keyboard.press('End');
		await expect.poll(endOutOfReach, settles).toBe(true);
	}

	await page.goto('/history');
	await expect(page.getByTestId('history-item').first()).toHaveAttribute('data-date', '2026-11-25');
	// Only what is near the screen is drawn; more as the list is scrolled.
	const drawn = await page.getByTestId('history-item').count();
	expect(drawn).toBeLessThan(400);
	const oldest = page.locator('[data-testid="history-item"][data-date="2016-11-28"]');
	for (let i = 0; i < 400 && (await oldest.count()) === 0; i++) {
		await page.mouse.wheel(0, 30_000);
	}
	await oldest.scrollIntoViewIfNeeded();
	await expect(oldest).toBeInViewport();
	await expect(oldest).toContainText('Monday 28 November');

	// Or straight there by year.
	await page.goto('/history');
	await page.getByTestId('go-to-year').selectOption('2017');
	await expect(page.getByRole('heading', { name: /^Week of .* 2017$/ }).first()).toBeInViewport();

	// Progress with ten years: this week's figures and no cap that drops old weeks.
	await page.goto('/progress');
	await expect(page.getByTestId('stat-walking')).toContainText('min');
	await page.getByTestId('chart-walking').scrollIntoViewIfNeeded();
	await expect(page.getByTestId('chart-walking')).toHaveAttribute('data-drawn', 'true');

	// The report over all ten years: the last year week by week, the years before month by month.
	await page.goto('/report');
	await page.getByTestId('report-from').fill('2016-11-28');
	await expect(page.getByTestId('report-weeks').locator('tbody tr')).toHaveCount(52);
	const months = page.getByTestId('report-months').locator('tbody tr');
	await expect(months.first()).toContainText('2016');
	expect(await months.count()).toBeGreaterThanOrEqual(100);
	expect(await months.count()).toBeLessThanOrEqual(110);
});

/** The text of every page of a PDF, read with pdf.js. */
async function pdfText(pdf: Buffer): Promise<string> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
	let text = '';
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
	}
	return text.replace(/\s+/g, ' ');
}

test('one set of records, the same counts on Progress, History, the report and the restore preview', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + MIN));
	// Monday: a walk done.
	await recordWalk(page, 3, 6, 2, 5);
	// Tuesday: a walk ended by "I feel unwell" (stopped early).
	await page.clock.fastForward(DAY);
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(4 * MIN);
	await page.getByTestId('unwell').click();
	await page.getByTestId('end-now').click();
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	// Wednesday: a walk added by hand, and 21 minutes of leg raising timed on its own page.
	await page.clock.fastForward(DAY);
	await addByHand(page, { date: '2026-11-25', time: '08:00', active: '20' });
	await expect(page.getByTestId('session-active')).toHaveText('20 min');
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 2 * DAY + 6 * 60 * MIN));
	await page.goto('/raise');
	await page.getByTestId('start-raise').click();
	await page.clock.runFor(21 * MIN);
	await page.getByTestId('raise-done').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	// A walk test typed in.
	await page.goto('/test');
	await page.getByTestId('test-enter').click();
	await page.getByLabel('Minutes until the pain started').fill('4');
	await page.getByLabel('Minutes until you had to stop').fill('7');
	await page.getByTestId('use-entered').click();
	await expect(page.getByTestId('test-saved')).toBeVisible();

	const summary =
		'3 walks, 1 of them added by hand; 2 sessions done and 1 stopped early; 1 walk test';
	await page.goto('/history');
	await expect(page.getByTestId('history-counts')).toHaveText(`In all: ${summary}.`);
	await page.goto('/progress');
	await expect(page.getByTestId('progress-counts')).toHaveText(`Since you started: ${summary}.`);
	// The first week has no week before it: nothing is compared.
	await expect(page.getByTestId('stat-walking')).toContainText('Walking this week, so far');
	await expect(page.getByTestId('stat-walking')).not.toContainText('last week');
	await page.goto('/report');
	await expect(page.getByTestId('report-counts')).toContainText(`${summary}.`);
	// Leg raising from the same records: the 21 minutes timed on their own page.
	await expect(page.getByTestId('report-counts')).toContainText('21 min of leg raising');
	await expect(page.getByTestId('report-weeks').locator('tbody tr').first()).toContainText('21');
	// The backup of the same records says the same before it is restored.
	await page.goto('/data');
	const download = page.waitForEvent('download');
	await page.getByTestId('export').click();
	const path = join(tmpdir(), `legwork-counts-${Date.now()}.json`);
	await (await download).saveAs(path);
	await page.getByTestId('backup-file').setInputFiles(path);
	await expect(page.getByTestId('backup-contents')).toContainText(
		`This file holds ${summary}; and 0 diary entries.`
	);
});
