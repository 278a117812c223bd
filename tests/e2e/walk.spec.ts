import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { eventTypes, expect, passCheck, persistentProfile, readTable, test } from './fixtures';
import { onboard } from './onboarding';

const T0 = new Date('2026-11-23T09:00:00');

/** Taps a button; the paused clock does not move, so every time below is exact. */
async function tap(page: Page, testId: string) {
	await page.getByTestId(testId).click();
}

async function walkFor(page: Page, minutes: number) {
	await page.clock.runFor(minutes * 60_000);
}

async function startFreeWalk(page: Page) {
	await page.clock.install({ time: T0 });
	await page.goto('/walk');
	await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
	await tap(page, 'start-walk');
	await passCheck(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Warm-up' })).toBeVisible();
}

/** Skips steps a second apart: closer taps of the same kind count as one (a double tap). */
async function skipSteps(page: Page, count: number) {
	for (let i = 0; i < count; i++) {
		if (i > 0) await page.clock.runFor(1000);
		await tap(page, 'next');
	}
}

test('a whole PAD session: every number on the summary comes from the taps', async ({ page }) => {
	await startFreeWalk(page);
	await expect(page.getByTestId('step-name')).toHaveText('Walk slowly');
	await expect(page.getByTestId('countdown')).toHaveText('5:00');
	await walkFor(page, 5);
	await expect(page.getByTestId('countdown')).toHaveText('0:00');
	await expect(page.getByTestId('next')).toHaveText('Next');
	await skipSteps(page, 5);

	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
	// Bout 1: pain after 3 min, stop at 6 with moderate pain, rest 4 min.
	await walkFor(page, 3);
	await tap(page, 'pain-started');
	await walkFor(page, 3);
	await expect(page.getByTestId('bout-time')).toHaveText('6:00');
	await page.getByTestId('stop-rest').click();
	await tap(page, 'pain-4');
	await walkFor(page, 4);
	await expect(page.getByTestId('rest-time')).toHaveText('4:00');
	await tap(page, 'pain-gone');
	// Bout 2: pain after 4 min, stop at 8 with mild pain, rest 3 min.
	await walkFor(page, 4);
	await tap(page, 'pain-started');
	await walkFor(page, 4);
	await page.getByTestId('stop-rest').click();
	await tap(page, 'pain-3');
	await walkFor(page, 3);
	await tap(page, 'pain-gone');
	// Bout 3: pain after 2 min; the 15-minute target is passed; finish walking at 5 min.
	await walkFor(page, 2);
	await tap(page, 'pain-started');
	await walkFor(page, 3);
	await expect(page.getByText('You reached today’s walking target')).toBeVisible();
	await tap(page, 'finish-walking');

	await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible();
	await skipSteps(page, 5);
	await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();

	await expect(page.getByTestId('summary-active')).toHaveText('19:00');
	await expect(page.getByTestId('summary-bouts')).toHaveText('3');
	await expect(page.getByTestId('summary-onset')).toHaveText('3:00');
	await expect(page.getByTestId('summary-longest')).toHaveText('8:00');
	await expect(page.getByTestId('summary-rest')).toHaveText('7:00');
	await expect(page.getByTestId('summary-pain')).toHaveText('4, 3');

	await page.getByLabel('Better than usual').check();
	await page.getByLabel('Anything to remember? (optional)').fill('Windy but fine');
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await expect(page.getByTestId('summary-active')).toHaveText('19:00');

	await page.goto('/history');
	await expect(page.getByTestId('history-item')).toHaveCount(1);
	await expect(page.getByTestId('history-item')).toContainText(
		'19 min walking, 3 walks between rests'
	);
});

test('a reload in the middle of a bout loses nothing and keeps the time right', async ({
	page
}) => {
	await startFreeWalk(page);
	await skipSteps(page, 5);
	await walkFor(page, 2);
	await tap(page, 'pain-started');
	await walkFor(page, 2);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
	await expect(page.getByTestId('onset')).toHaveText('Pain started after 2 minutes');
	await walkFor(page, 1);
	await expect(page.getByTestId('bout-time')).toHaveText('5:00');
	// Opening the app anywhere returns to the running walk.
	await page.goto('/learn');
	await expect(page).toHaveURL(/\/walk$/);
	await expect(page.getByTestId('bout-time')).toBeVisible();
});

test('a page hidden for 20 minutes shows the right times and the long-rest warning', async ({
	page
}) => {
	await startFreeWalk(page);
	await skipSteps(page, 5);
	await walkFor(page, 4);
	await page.getByTestId('stop-rest').click();
	await tap(page, 'pain-4');
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	// A hidden tab's timers barely run: jump the clock, firing each timer at most once.
	await page.clock.fastForward('20:00');
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(page.getByTestId('rest-time')).toHaveText('20:00');
	await expect(page.getByTestId('target-progress')).toContainText('4 of 15 minutes');
	await expect(page.getByTestId('rest-warning')).toContainText('has not eased after 10 minutes');
});

test('undo takes back a mistaken tap, and a double tap records once', async ({ page }) => {
	await startFreeWalk(page);
	await skipSteps(page, 5);
	await walkFor(page, 1);
	await tap(page, 'pain-started');
	await expect(page.getByTestId('onset')).toBeVisible();
	await page.getByTestId('undo').click();
	await expect(page.getByTestId('onset')).toBeHidden();
	await expect(page.getByTestId('pain-started')).toBeVisible();
	await page.clock.runFor(1000);
	// Two quick taps on "Pain gone" after a rest: one new bout, not two.
	await page.getByTestId('stop-rest').click();
	await tap(page, 'pain-4');
	await walkFor(page, 2);
	await page.getByTestId('pain-gone').dblclick();
	await page.clock.runFor(1000);
	const events = await eventTypes(page);
	expect(events.filter((t) => t === 'painGone')).toHaveLength(1);
	expect(events.filter((t) => t === 'undo')).toHaveLength(1);
	// The undo window closes after a few seconds.
	await page.clock.runFor(15_000);
	await expect(page.getByTestId('undo')).toBeHidden();
});

test('"I feel unwell" pauses everything and shows the red flags', async ({ page }) => {
	await startFreeWalk(page);
	await skipSteps(page, 5);
	await walkFor(page, 3);
	await tap(page, 'unwell');
	await expect(page.getByRole('heading', { name: 'You said you feel unwell' })).toBeVisible();
	// The call button comes first, with the number for the phone's region (UK English: 999).
	await expect(page.getByTestId('call-emergency')).toHaveText('Call 999');
	await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
	await walkFor(page, 10);
	await page.getByRole('button', { name: 'I feel better: carry on' }).click();
	await page.clock.runFor(1000);
	await expect(page.getByTestId('bout-time')).toHaveText('3:01');
});

test('an unfinished walk from hours ago can be finished at its real end', async ({ page }) => {
	await startFreeWalk(page);
	await skipSteps(page, 5);
	await walkFor(page, 6);
	await page.getByTestId('stop-rest').click();
	await tap(page, 'pain-4');
	await page.clock.fastForward('06:00:00');
	await expect(page.getByRole('heading', { name: 'An unfinished walk' })).toBeVisible();
	await page.getByTestId('stale-discard').click();
	await expect(page.getByTestId('discard-yes')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await tap(page, 'stale-finish');
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await expect(page.getByTestId('summary-active')).toHaveText('6:00');
	await expect(page.getByTestId('summary-rest')).toHaveText('0:00');
});

test('closing the browser mid-walk and opening it again loses nothing', async () => {
	const first = await persistentProfile();
	const page = first.context.pages()[0] ?? (await first.context.newPage());
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	for (let i = 0; i < 5; i++) {
		await page.getByTestId('next').click();
		await page.waitForTimeout(800);
	}
	await page.getByTestId('pain-started').click();
	await expect(page.getByTestId('onset')).toBeVisible();
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await expect(page.getByTestId('rest-time')).toBeVisible();
	await first.context.close();

	const second = await persistentProfile(first.dir);
	const again = second.context.pages()[0] ?? (await second.context.newPage());
	await again.goto('/');
	await expect(again).toHaveURL(/\/walk$/);
	await expect(again.getByTestId('rest-time')).toBeVisible();
	await again.getByTestId('pain-gone').click();
	await expect(again.getByTestId('bout-time')).toBeVisible();
	const types = await eventTypes(again);
	expect(types).toEqual([
		'started',
		'step',
		'step',
		'step',
		'step',
		'phaseStarted',
		'painOnset',
		'stopped',
		'painGone'
	]);
	await second.context.close();
	expect([...first.foreign, ...second.foreign]).toEqual([]);
	rmSync(first.dir, { recursive: true, force: true });
});

test('the vein track: a steady walk, calf exercises, cool-down and raised legs, each step drawn', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await onboard(page, 'vein', { expectTrack: 'Daily walking, calf exercises' });

	await page.goto('/walk');
	await page.clock.pauseAt(new Date(T0.getTime() + 60 * 60_000));
	await tap(page, 'start-walk');
	await passCheck(page);
	const drawn = async (name: string) => {
		await expect(page.getByTestId('step-name')).toHaveText(name);
		await expect(page.getByRole('img', { name })).toBeVisible();
		await expect(page.getByTestId('unwell')).toBeVisible();
	};
	for (const name of [
		'Walk slowly',
		'Calf stretch, left leg',
		'Calf stretch, right leg',
		'Front of thigh stretch, left leg',
		'Front of thigh stretch, right leg'
	]) {
		await drawn(name);
		await page.clock.runFor(1000);
		await tap(page, 'next');
	}
	// One steady walk: no pain buttons, a "Finish walking" button from the start.
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
	await expect(page.getByTestId('pain-started')).toBeHidden();
	await walkFor(page, 16);
	await expect(page.getByText('You reached today’s walking target')).toBeVisible();
	await tap(page, 'finish-walking');
	await expect(page.getByRole('heading', { level: 1, name: 'Calf exercises' })).toBeVisible();
	for (const name of ['Ankle pumps', 'Heel raises']) {
		await drawn(name);
		await page.clock.runFor(1000);
		await tap(page, 'next');
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible();
	for (const name of [
		'Walk slowly',
		'Calf stretch, left leg',
		'Calf stretch, right leg',
		'Back of thigh stretch, left leg',
		'Back of thigh stretch, right leg'
	]) {
		await drawn(name);
		await page.clock.runFor(1000);
		await tap(page, 'next');
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Raise your legs' })).toBeVisible();
	await expect(
		page.getByRole('img', { name: 'Lying down, legs raised on cushions' })
	).toBeVisible();
	// The PAD cautions are for the combined track only.
	await expect(page.getByText('if raising your legs causes foot pain')).toBeHidden();
	// One of the day's short leg-raising breaks (diary.ts LEG_RAISE).
	await expect(page.getByTestId('countdown')).toHaveText('15:00');
	await expect(page.getByTestId('unwell')).toBeVisible();
	await walkFor(page, 15);
	await expect(page.getByRole('status')).toContainText(
		'Time is up. Tap “Done” when you are ready.'
	);
	await expect(page.getByTestId('countdown')).toHaveText('0:00');
	await tap(page, 'next');
	await expect(page.getByTestId('summary-active')).toHaveText('16:00');
	await expect(page.getByTestId('summary-bouts')).toHaveText('1');
	await tap(page, 'save-finish');
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByTestId('done-today')).toBeVisible();
});

test('an unfinished walk from hours ago can be discarded, after asking', async ({ page }) => {
	await startFreeWalk(page);
	await skipSteps(page, 5);
	await walkFor(page, 6);
	await page.clock.fastForward('06:00:00');
	await tap(page, 'stale-discard');
	await expect(page.getByText('Discard this walk?')).toBeVisible();
	await tap(page, 'discard-yes');
	await expect(page.getByText('The walk was discarded.')).toBeVisible();
	await expect(page.getByTestId('start-walk')).toBeVisible();
	await page.goto('/history');
	await expect(page.getByText('Your finished walks will be listed here.')).toBeVisible();
	// A discarded walk is over: opening the app does not bring it back.
	await page.goto('/learn');
	await expect(page).toHaveURL(/\/learn$/);
});

test('Back returns to the step before, and "I feel unwell" is there during warm-up and rest', async ({
	page
}) => {
	await startFreeWalk(page);
	await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeDisabled();
	await tap(page, 'next');
	await expect(page.getByTestId('step-name')).toHaveText('Calf stretch, left leg');
	await page.clock.runFor(1000);
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(page.getByTestId('step-name')).toHaveText('Walk slowly');
	await expect(page.getByTestId('unwell')).toBeVisible();
	await page.clock.runFor(1000);
	await skipSteps(page, 5);
	await walkFor(page, 3);
	await page.getByTestId('stop-rest').click();
	await tap(page, 'pain-3');
	await expect(page.getByTestId('rest-time')).toBeVisible();
	await tap(page, 'unwell');
	await expect(page.getByRole('heading', { name: 'You said you feel unwell' })).toBeVisible();
	await page.getByRole('button', { name: 'End the walk now' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
	await expect(page.getByTestId('summary-active')).toHaveText('3:00');
});

test('the combined track raises the legs with the circulation cautions', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await onboard(page, 'both');
	await page.goto('/walk');
	await page.clock.pauseAt(new Date(T0.getTime() + 60 * 60_000));
	await tap(page, 'start-walk');
	await passCheck(page);
	await skipSteps(page, 5);
	// Walk and rest, as for PAD.
	await expect(page.getByTestId('pain-started')).toBeVisible();
	await walkFor(page, 16);
	await tap(page, 'finish-walking');
	await expect(page.getByRole('heading', { level: 1, name: 'Calf exercises' })).toBeVisible();
	await page.clock.runFor(1000);
	await skipSteps(page, 7);
	await expect(page.getByRole('heading', { level: 1, name: 'Raise your legs' })).toBeVisible();
	await expect(page.getByText('if raising your legs causes foot pain')).toBeVisible();
	await expect(page.getByText('Wear compression stockings only if your clinician')).toBeVisible();
});

test('a save left part-way is finished from its events on the next open: "Walk saved", once', async ({
	page
}) => {
	await startFreeWalk(page);
	await page.getByTestId('skip-part').click();
	await walkFor(page, 6);
	await page.getByTestId('end-early').click();
	await page.getByTestId('end-early-yes').click();
	// Skip the cool-down: the finish screen.
	await page.clock.runFor(1000);
	await page.getByTestId('skip-part').click();
	await expect(page.getByTestId('save-finish')).toBeVisible();
	// "Save and finish" stored how the legs felt, then the page was left before the end was
	// stored: the event written as the app writes it, with nothing after it.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('legwork');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const read = db.transaction('events').objectStore('events').getAll();
					read.onsuccess = () => {
						const events = read.result as { sessionId: string; seq: number; at: number }[];
						const last = events.sort((a, b) => b.seq - a.seq)[0]!;
						const tx = db.transaction('events', 'readwrite');
						tx.objectStore('events').add({
							id: 'left-mid-save',
							sessionId: last.sessionId,
							seq: last.seq + 1,
							at: last.at + 2000,
							updatedAt: last.at + 2000,
							type: 'feeling',
							feeling: 'better'
						});
						tx.oncomplete = () => {
							db.close();
							resolve();
						};
						tx.onerror = () => reject(tx.error);
					};
				};
			})
	);
	// The next day, the app opens on Today and is taken to the walk: saved, not asked again.
	await page.clock.fastForward('20:00:00');
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await expect(page.getByTestId('save-finish')).toHaveCount(0);
	await expect(page.getByTestId('summary-active')).toHaveText('6:00');
	const sessions = await readTable<{ status: string; summary: { feeling: string } | null }>(
		page,
		'sessions'
	);
	expect(sessions).toHaveLength(1);
	expect(sessions[0]).toMatchObject({ status: 'finished', summary: { feeling: 'better' } });
	// Once: every page is itself again.
	await page.goto('/history');
	await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
	await page.goto('/walk');
	await expect(page.getByTestId('start-walk')).toBeVisible();
});

for (const gap of [35, 200]) {
	test(`a double tap on "Leg pain started", ${gap} ms apart, records the pain once and stops nothing`, async ({
		page
	}) => {
		await startFreeWalk(page);
		await page.getByTestId('skip-part').click();
		await walkFor(page, 3);
		// A person reads the screen first: its controls take taps 400 ms after they appear.
		await page.waitForTimeout(450);
		const button = page.getByTestId('pain-started');
		const before = (await button.boundingBox())!;
		const stopBefore = (await page.getByTestId('stop-rest').boundingBox())!;
		const x = before.x + before.width / 2;
		const y = before.y + before.height / 2;
		await page.mouse.click(x, y);
		await page.waitForTimeout(gap);
		await page.mouse.click(x, y);
		await expect(page.getByTestId('onset')).toBeVisible();
		// Nothing moved under the finger: "Stop and rest" is where it was.
		expect((await page.getByTestId('stop-rest').boundingBox())!.y).toBe(stopBefore.y);
		await page.waitForTimeout(500);
		await expect(page.getByTestId('pain-question')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
		const types = await eventTypes(page);
		expect(types.filter((t) => t === 'painOnset')).toHaveLength(1);
		expect(types).not.toContain('stopped');
	});
}
