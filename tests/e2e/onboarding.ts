// Onboarding steps the end-to-end tests share.
import { expect, type Page } from '@playwright/test';
import { SAFETY_QUESTIONS, type SafetyQuestionId, type When } from '../../src/lib/safety/questions';

const DIAGNOSIS = {
	pad: /Poor circulation in the leg arteries/,
	vein: /Weak leg veins/,
	both: 'Both of these'
};
export type Diagnosis = keyof typeof DIAGNOSIS;

/**
 * From the first page through the safety questions, one per page: "yes" to those named, "no"
 * to the rest. A heart question or the lung question answered yes asks when: `{ chestPain:
 * 'now' }`, or by default new or worse (heart) and passed (lung).
 */
export async function answerSafety(
	page: Page,
	yes: SafetyQuestionId[] = [],
	when: Partial<Record<SafetyQuestionId, When>> = {}
) {
	await page.getByRole('button', { name: 'Continue' }).click();
	for (const [i, q] of SAFETY_QUESTIONS.entries()) {
		await expect(page.getByTestId('question-count')).toHaveText(
			`Question ${i + 1} of ${SAFETY_QUESTIONS.length}`
		);
		const isYes = yes.includes(q.id);
		await page
			.getByTestId(`q-${q.id}`)
			.getByLabel(isYes ? 'Yes' : 'No')
			.check();
		if (isYes && q.when) {
			const w = when[q.id] ?? (q.when === 'heart' ? 'newOrWorse' : 'passed');
			await page.locator(`#when-${q.id}-${w}`).check();
		}
		await page.getByRole('button', { name: 'Continue' }).click();
	}
}

/** What a clinician said (which picks the track), then the suggested days and time. */
export async function chooseLegsAndDays(
	page: Page,
	diagnosis: Diagnosis = 'pad',
	expectTrack?: string
) {
	await page.getByLabel('Both legs').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByLabel(DIAGNOSIS[diagnosis]).check();
	if (expectTrack) await expect(page.getByTestId('track')).toContainText(expectTrack);
	await page.getByRole('button', { name: 'Continue' }).click();
	// Monday, Wednesday, Friday are suggested; keep them.
	await page.getByRole('button', { name: 'Continue' }).click();
	// Whom to call: the region's emergency number is filled in; keep it.
	await expect(page.getByLabel('Emergency number')).toHaveValue('999');
	await page.getByRole('button', { name: 'Continue' }).click();
}

/**
 * The whole onboarding, every safety answer "no"; with a clinic treadmill result if given (in
 * minutes), else no walk test. Ends on Today.
 */
export async function onboard(
	page: Page,
	diagnosis: Diagnosis = 'pad',
	options: { expectTrack?: string; clinic?: { onsetMin: string; maxMin: string } } = {}
) {
	await page.goto('/start');
	await answerSafety(page);
	await chooseLegsAndDays(page, diagnosis, options.expectTrack);
	if (options.clinic) {
		await page.getByTestId('baseline-enter').click();
		await page.getByLabel('Minutes until the pain started').fill(options.clinic.onsetMin);
		await page.getByLabel('Minutes until you had to stop').fill(options.clinic.maxMin);
		await page.getByTestId('use-entered').click();
	} else {
		await page.getByTestId('baseline-skip').click();
	}
	await page.getByTestId('go-today').click();
	await expect(page.getByTestId('target')).toBeVisible();
}
