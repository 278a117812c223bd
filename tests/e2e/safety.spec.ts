// Safety moments: the right next step is the obvious one, the call button comes first and dials
// the saved number, warnings are recorded and followed up, and a walk never starts past a red flag.
import type { Page } from '@playwright/test';
import { expect, largeText, passCheck, readTable, test } from './fixtures';
import { answerSafety, chooseLegsAndDays, onboard } from './onboarding';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

async function firstInView(page: Page, testId: string) {
	const box = await page.getByTestId(testId).boundingBox();
	expect(box, testId).not.toBeNull();
	expect(box!.y).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, `${testId} in the first screen`).toBeLessThanOrEqual(
		page.viewportSize()!.height
	);
}

async function walkingAfter(page: Page, minutes: number) {
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(minutes * MIN);
}

test('an emergency answer in onboarding: the call button first, and the program waits', async ({
	page
}) => {
	await page.goto('/start');
	await answerSafety(page, ['lungClot', 'recentHeartOrSurgery'], { lungClot: 'now' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call for help now');
	// The call button is the first thing after the words, and dials the region's number.
	await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
	await firstInView(page, 'call-emergency');
	// The person's own answers, grouped by level, "call now" marked apart.
	await expect(page.getByTestId('outcome-callNow')).toContainText('Emergency');
	await expect(page.getByTestId('outcome-callNow')).toContainText(
		'You said you have suddenly become short of breath'
	);
	await expect(page.getByTestId('outcome-callNow')).toContainText('It is happening now.');
	await expect(page.getByTestId('outcome-talkFirst')).toContainText(
		'Check with your doctor before you start'
	);
	await expect(page.getByTestId('outcome-talkFirst')).toContainText(
		'You said you have had a heart attack'
	);
	// The main button is to check first, not to go on.
	await expect(page.getByTestId('check-first')).toHaveClass(/primary/);
	await expect(page.getByTestId('check-first')).toHaveText('I will check first');
	// One tick does not clear a possible clot in the lung.
	await page.getByLabel('My doctor or nurse has checked me').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.locator('#error-summary')).toContainText(
		'Please confirm that a doctor has checked this'
	);
	// No stale error once an answer changes.
	await page.getByLabel('This has been dealt with').check();
	await expect(page.locator('#error-summary')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Continue' })).toHaveClass(/primary/);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Which legs trouble you?' })
	).toBeVisible();
});

test('a heart symptom in the past vs one now: check with the doctor first, or call now', async ({
	page
}) => {
	await page.goto('/start');
	// A yes asks when; going on without saying is refused at the field.
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByTestId('q-chestPain').getByLabel('Yes').check();
	await expect(page.getByTestId('when-chestPain')).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.locator('#error-summary')).toContainText('Please choose which is closest');
	await expect(page.getByTestId('when-chestPain')).toContainText('Please choose which is closest');
	// Choosing is a right way on: the error goes at once.
	await page.locator('#when-chestPain-newOrWorse').check();
	await expect(page.locator('#error-summary')).toBeHidden();
	await page.goto('/start');

	// In the past, new or worse: no call, but the doctor's agreement before the start.
	await answerSafety(page, ['chestPain'], { chestPain: 'newOrWorse' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Please check with a clinician first'
	);
	await expect(page.getByTestId('call-emergency')).toHaveCount(0);
	await expect(page.getByTestId('outcome-callNow')).toHaveCount(0);
	const past = page.getByTestId('outcome-talkFirst');
	await expect(past).toContainText('Check with your doctor before you start');
	await expect(past).toContainText(
		'You said you get chest pain, pressure or tightness when you are active. It is new, or worse than it used to be.'
	);
	await expect(past).toContainText('start only when they agree');
	await expect(page.getByTestId('safety-flags')).not.toContainText('call 999');
	await expect(page.getByTestId('check-first')).toHaveClass(/primary/);
	// "I will check first" is a right way on: an earlier error goes.
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.locator('#error-summary')).toBeVisible();
	await page.getByTestId('check-first').click();
	await expect(page.locator('#error-summary')).toBeHidden();
	await expect(page.getByTestId('waiting')).toBeVisible();
	await page.getByLabel('My doctor or nurse has checked me').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Which legs trouble you?' })
	).toBeVisible();

	// Known to the doctor and unchanged: the same level, and the doctor's plan.
	await page.goto('/start');
	await answerSafety(page, ['breathless'], { breathless: 'known' });
	await expect(page.getByTestId('call-emergency')).toHaveCount(0);
	await expect(page.getByTestId('outcome-talkFirst')).toContainText(
		'Your doctor knows about it and it has not changed.'
	);
	await expect(page.getByTestId('outcome-talkFirst')).toContainText(
		'Follow the plan your doctor gave you'
	);

	// Happening now: call now, first; nothing about the doctor's agreement.
	await page.goto('/start');
	await answerSafety(page, ['chestPain'], { chestPain: 'now' });
	await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
	await firstInView(page, 'call-emergency');
	await expect(page.getByTestId('outcome-callNow')).toContainText('Call for help now');
	await expect(page.getByTestId('outcome-callNow')).toContainText('It is happening now.');
	await expect(page.getByTestId('outcome-talkFirst')).toHaveCount(0);
	await expect(page.locator('#cleared')).toHaveCount(0);
});

test('night cramps before the start: the program starts, and Today says to mention it', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await page.goto('/start');
	await answerSafety(page, ['routineChange']);
	// Only what the answer calls for: no call, no box to tick, and going on is the main action.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'You can start, with one thing to do'
	);
	await expect(page.getByTestId('call-emergency')).toHaveCount(0);
	await expect(page.getByTestId('check-first')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'I will check first' })).toHaveCount(0);
	await expect(page.getByTestId('outcome-mention')).toContainText(
		'Mention it at your next appointment'
	);
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Continue' })).toHaveClass(/primary/);
	await page.getByRole('button', { name: 'Continue' }).click();
	await chooseLegsAndDays(page);
	await page.getByTestId('baseline-skip').click();
	await page.getByTestId('go-today').click();
	// Today says the same, and the walk goes on.
	await expect(page.getByTestId('care')).toHaveAttribute('data-level', 'mention');
	await expect(page.getByTestId('care')).toContainText(
		'you said you have tingling, night cramps, or heavy legs since a new medicine'
	);
	await expect(page.getByTestId('start').first()).toHaveClass(/primary/);
});

test('the check before a walk: all clear in two taps; any yes shows help and the walk waits', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
	await page.getByTestId('check-chestOrBreath').check();
	await page.getByTestId('check-continue').click();
	// What to do now is the care status, in Today's words: chest pain since the last walk is
	// "talk to your care team before your next walk", not "call now".
	await expect(page.getByTestId('care')).toHaveAttribute('data-level', 'talkFirst');
	await firstInView(page, 'care');
	await expect(page.getByTestId('care')).toContainText(
		'you said you had chest pain or bad breathlessness since your last walk'
	);
	await expect(page.getByTestId('care-instruction')).toContainText(
		'Please do not start another training walk until you have spoken to them'
	);
	// If it is happening now, the call is there too.
	await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
	await expect(page.getByRole('heading', { name: 'Warm-up' })).toHaveCount(0);
	await page.getByTestId('not-today').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	// The answers are stored.
	const stored = await readTable<{ context: string; answers: Record<string, boolean> }>(
		page,
		'safetyChecks'
	);
	expect(stored.find((c) => c.context === 'preWalk')?.answers).toEqual({
		chestOrBreath: true,
		swollenLeg: false,
		newSore: false,
		footPainAtRest: false
	});
	// Tomorrow, all clear in two taps: Start, then "None of these".
	await page.clock.fastForward(24 * 60 * MIN);
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await page.getByTestId('all-clear').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Warm-up' })).toBeVisible();
	// After an all-clear, a second walk that day is not asked again.
	await page.getByTestId('unwell').click();
	await page.getByTestId('end-now').click();
	await page.getByTestId('save-finish').click();
	// Leave only once the walk is stored, or the next page would find it still running.
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Warm-up' })).toBeVisible();
});

test('"I feel unwell": call and both actions in the first screen; End ends at once and marks the walk', async ({
	page
}) => {
	await walkingAfter(page, 9);
	await page.getByTestId('unwell').click();
	for (const id of ['call-emergency', 'end-now', 'feel-better']) await firstInView(page, id);
	await expect(page.getByTestId('sign-dizziness')).toBeVisible();
	await expect(page.getByTestId('sign-chestPain')).toContainText('Emergency');
	await page.getByTestId('end-now').click();
	// No cool-down: straight to the end of the walk.
	await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
	await page.getByTestId('save-finish').click();
	await expect(page.getByTestId('counted')).toContainText('Ended because you felt unwell');
	await page.goto('/history');
	await expect(page.getByTestId('history-stopped')).toHaveText('Ended because you felt unwell');
	await page.goto('/');
	await expect(page.getByTestId('care')).toContainText(
		'Talk to your care team before your next walk'
	);
	await expect(page.getByTestId('care')).toContainText('Today: you felt unwell on a walk.');
	await expect(page.getByTestId('start')).toHaveCount(0);
});

test('picking chest pain on "I feel unwell" ends the walk: no "carry on", and the call comes first', async ({
	page
}) => {
	await walkingAfter(page, 4);
	await page.getByTestId('unwell').click();
	await page.getByTestId('sign-chestPain').click();
	await expect(page.getByTestId('feel-better')).toHaveCount(0);
	await expect(
		page.getByRole('heading', { level: 1, name: 'You said you feel unwell' })
	).toBeVisible();
	await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
	await firstInView(page, 'call-emergency');
	await expect(page.getByTestId('guidance-callNow')).toContainText('Chest pain or pressure');
	const events = (await readTable<{ type: string; sign?: string }>(page, 'events')).map(
		(e) => e.sign ?? e.type
	);
	expect(events).toContain('chestPain');
});

test('a rest of 11 minutes makes "End the walk now" the main action, and Today follows it up', async ({
	page
}) => {
	await walkingAfter(page, 3);
	await page.getByTestId('pain-started').click();
	await page.clock.runFor(2 * MIN);
	await page.getByTestId('stop-rest').click();
	// No level looks chosen before it is tapped.
	await expect(page.getByTestId('pain-question').locator('button.primary')).toHaveCount(0);
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(11 * MIN);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Your pain has not eased' })
	).toBeVisible();
	await expect(page.getByTestId('end-now')).toHaveClass(/primary/);
	await expect(page.getByTestId('pain-gone')).not.toHaveClass(/primary/);
	await page.getByTestId('end-now').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
	await page.getByTestId('save-finish').click();
	await expect(page.getByTestId('counted')).toContainText('the pain did not ease');
	// The saved walk says what to do now, in Today's words.
	await expect(page.getByTestId('care')).toContainText(
		'Talk to your care team before your next walk'
	);
	await page.goto('/');
	await expect(page.getByTestId('care')).toContainText(
		'Talk to your care team before your next walk'
	);
	await expect(page.getByTestId('care')).toContainText(
		'Today: leg pain that did not ease after 10 minutes of rest.'
	);
	await expect(page.getByTestId('start')).toHaveCount(0);
	await expect(page.getByTestId('care-cleared')).toHaveClass(/primary/);
	await page.getByTestId('care-not-yet').click();
	await expect(page.getByTestId('care-waiting')).toContainText(
		'Please talk to them before your next walk'
	);
	// Days later, still the same instruction, and no walk is offered.
	await page.clock.fastForward(2 * 24 * 60 * MIN);
	await page.goto('/');
	await expect(page.getByTestId('care')).toContainText('On Monday: leg pain that did not ease');
	await expect(page.locator('main')).toContainText(
		'Next walk: after you have spoken to your care team.'
	);
	await expect(page.getByTestId('start')).toHaveCount(0);
	// The walk's start shows it first; starting is only the answer "I have been told I can walk".
	await page.goto('/walk');
	await expect(page.getByTestId('care')).toContainText(
		'Talk to your care team before your next walk'
	);
	await expect(page.getByTestId('start-walk')).not.toHaveClass(/primary/);
	// Learn gives the same rule under the same heading.
	await page.goto('/learn/get-help');
	await expect(page.getByTestId('learn-talkFirst')).toContainText(
		'Leg pain that has not eased after 10 minutes of rest'
	);
	// The report: the sign, its level, the day and the answer ("not yet").
	await page.goto('/report');
	await expect(page.getByTestId('report-advice')).toContainText(
		'Leg pain that has not eased after 10 minutes of rest (on a walk). Advice: Talk to your care team before your next walk. Not yet spoken to their care team.'
	);
	// The next week's review names the walk that ended early and chooses no goal.
	await page.clock.fastForward(5 * 24 * 60 * MIN);
	await page.goto('/review');
	await expect(page.getByTestId('review-ended-early')).toContainText('Monday');
	await expect(page.getByTestId('care')).toContainText(
		'Talk to your care team before your next walk'
	);
	await expect(page.getByTestId('goal-keep')).not.toBeChecked();
	// The answer, on Today, ends it.
	await page.goto('/');
	await page.getByTestId('care-cleared').click();
	await expect(page.getByTestId('care')).toHaveCount(0);
	await expect(page.getByTestId('start')).toHaveClass(/primary/);
});

test('the emergency number can be changed, is the one dialled, and a bad one is refused', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.goto('/settings');
	await page.getByLabel('Emergency number').fill('nine nine nine');
	await page.getByTestId('save-contacts').click();
	await expect(page.getByTestId('emergency-error')).toContainText('Please enter a phone number');
	await expect(page.getByTestId('contacts-saved')).toHaveText(
		'Not saved. Legwork will still offer to call 999.'
	);
	await page.getByLabel('Emergency number').fill('');
	await page.getByTestId('save-contacts').click();
	await expect(page.getByTestId('emergency-error')).toBeVisible();
	await page.getByLabel('Emergency number').fill('112');
	await page.getByLabel('Your care team or clinician (optional)').fill('Dr Ahmed');
	await page.getByLabel('Their phone number (optional)').fill('020 7946 0000');
	await page.getByTestId('save-contacts').click();
	await expect(page.getByTestId('contacts-saved')).toHaveText(
		'Saved. This is the number Legwork will offer to call.'
	);
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('unwell').click();
	await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:112');
	await expect(page.getByTestId('call-emergency')).toHaveText('Call 112');
	// The care team is offered for the same-day and soon signs.
	await page.getByTestId('sign-painNotEasing').click();
	await expect(page.getByTestId('call-care-team')).toHaveText('Call Dr Ahmed');
	await expect(page.getByTestId('call-care-team')).toHaveAttribute('href', 'tel:02079460000');
});

test('"not sure" of the diagnosis gets comfortable walking, not walking into pain', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await page.goto('/start');
	await answerSafety(page);
	await page.getByLabel('Both legs').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByLabel('I am not sure').check();
	await expect(page.getByTestId('track')).toContainText(
		'Comfortable walking, resting whenever you need'
	);
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByTestId('baseline-skip').click();
	await page.getByTestId('go-today').click();
	await expect(page.getByTestId('ask-diagnosis')).toContainText('narrowed leg arteries (PAD)');
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await expect(
		page.getByText('Rest whenever you need to, and always before the pain is moderate')
	).toBeVisible();
	await expect(page.getByTestId('pain-started')).toHaveCount(0);
	await expect(page.getByTestId('pain-scale')).toBeVisible();
});

for (const question of ['chestPain', 'lungClot', 'suddenColdLeg'] as const) {
	test(`the answer "${question}, happening now" in onboarding puts the call button first and holds the start`, async ({
		page
	}) => {
		await page.goto('/start');
		await answerSafety(page, [question], { [question]: 'now' });
		await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
		await firstInView(page, 'call-emergency');
		await expect(page.getByTestId('check-first')).toHaveClass(/primary/);
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.locator('#error-summary')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call for help now');
	});
}

test('after picking an emergency sign on "I feel unwell" the call button is shown once', async ({
	page
}) => {
	await walkingAfter(page, 2);
	await page.getByTestId('unwell').click();
	await page.getByTestId('sign-dizziness').click();
	await expect(page.getByTestId('guidance-callNow')).toContainText('Dizzy or light-headed');
	await expect(page.getByTestId('call-emergency')).toHaveCount(1);
});

test('at 200 % text, after a sign is picked, the actions at the foot never cover the call button', async ({
	page
}) => {
	await walkingAfter(page, 2);
	await largeText(page);
	await page.getByTestId('unwell').click();
	await page.getByTestId('sign-dizziness').click();
	const call = page.getByTestId('call-emergency');
	await expect(call).toBeVisible();
	const box = (await call.boundingBox())!;
	// What is drawn at the middle of the call button is the call button, not the sticky actions.
	const hit = await page.evaluate(
		({ x, y }) =>
			document.elementFromPoint(x, y)?.closest('[data-testid]')?.getAttribute('data-testid'),
		{ x: box.x + box.width / 2, y: box.y + box.height / 2 }
	);
	expect(hit).toBe('call-emergency');
	await firstInView(page, 'call-emergency');
	await firstInView(page, 'end-now');
});

test('a dizzy spell during a walk: the saved walk, Today, the walk’s start and the plan all say talk first', async ({
	page
}) => {
	await walkingAfter(page, 4);
	await page.getByTestId('unwell').click();
	await page.getByTestId('sign-dizziness').click();
	await page.getByTestId('end-now').click();
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	const heading = 'Talk to your care team before your next walk';
	const reason = 'Today: you felt dizzy or light-headed on a walk.';
	// The saved walk: what to do now, in the words Today uses. During the walk it was "call now".
	await expect(page.getByTestId('care')).toContainText(heading);
	await expect(page.getByTestId('care')).toContainText(reason);
	await expect(page.getByTestId('care')).not.toContainText('Call for help now');

	await page.goto('/');
	await expect(page.getByTestId('care')).toContainText(heading);
	await expect(page.getByTestId('care')).toContainText(reason);
	await expect(page.getByTestId('start')).toHaveCount(0);

	// The walk's start shows the same first; starting is possible only as an answer.
	await page.goto('/walk');
	await expect(page.getByTestId('care')).toContainText(heading);
	await expect(page.getByTestId('start-walk')).toHaveText(
		'I have been told I can walk: start today’s walk'
	);
	await expect(page.getByTestId('start-walk')).not.toHaveClass(/primary/);

	// The next Monday: the target is kept while the status is open, and says why.
	await page.clock.fastForward(7 * 24 * 60 * MIN);
	await page.goto('/');
	await expect(
		page.getByText('We kept 15 minutes until you have spoken to your care team.')
	).toBeVisible();
	await expect(page.getByTestId('care')).toContainText('On Monday: you felt dizzy');
	// The plan says the same for this week.
	await page.goto('/plan');
	await expect(page.locator('[data-testid="plan-week"].current')).toContainText(
		'We kept 15 minutes until you have spoken to your care team.'
	);
	await page.goto('/');
	await page.getByTestId('care-cleared').click();
	await expect(page.getByTestId('care')).toHaveCount(0);
	// Cleared: still kept, now for the walk that ended early.
	await expect(
		page.getByText('We kept 15 minutes: a walk ended early last week, on Monday.')
	).toBeVisible();
	await expect(page.getByTestId('target')).toHaveText('15 minutes of walking');
	await expect(page.getByTestId('start')).toHaveClass(/primary/);

	// The weekly review names the walk that ended early and chooses no goal for the person.
	await page.goto('/review');
	await expect(page.getByTestId('review-ended-early')).toHaveText(
		'Monday: ended because you felt unwell.'
	);
	await expect(page.getByTestId('goal-keep')).not.toBeChecked();
	await expect(page.getByTestId('goal-repeat')).not.toBeChecked();
	await page.getByTestId('save-review').click();
	await expect(page.locator('#error-summary')).toContainText('Choose your goal for this week.');

	// Learn's "When to get help" gives the same rule under the same heading.
	await page.goto('/learn/get-help');
	await expect(page.getByTestId('learn-talkFirst')).toContainText(heading);
	await expect(page.getByTestId('learn-talkFirst')).toContainText(
		'Chest pain or pressure, bad breathlessness, fainting, dizziness or a racing heart on a walk, once it has passed'
	);
	// The report: the sign, its level, the day and what the person answered.
	await page.goto('/report');
	await expect(page.getByTestId('report-advice')).toContainText(
		'Dizzy or light-headed (on a walk). Advice: Talk to your care team before your next walk. They spoke to their care team, who said they can carry on.'
	);
});
