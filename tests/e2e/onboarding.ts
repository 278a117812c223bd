// Onboarding steps the end-to-end tests share.
import { expect, type Page } from '@playwright/test';
import { SAFETY_QUESTIONS, type SafetyQuestionId } from '../../src/lib/safety/questions';

const DIAGNOSIS = {
	pad: /Poor circulation in the leg arteries/,
	vein: /Weak leg veins/,
	both: 'Both of these'
};
export type Diagnosis = keyof typeof DIAGNOSIS;

/** From the first page through the safety questions: "yes" to those named, "no" to the rest. */
export async function answerSafety(page: Page, yes: SafetyQuestionId[] = []) {
	await page.getByRole('button', { name: 'Continue' }).click();
	for (const { id } of SAFETY_QUESTIONS) {
		await page
			.getByTestId(`q-${id}`)
			.getByLabel(yes.includes(id) ? 'Yes' : 'No')
			.check();
	}
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** What a clinician said (which picks the track), then the suggested days and time. */
export async function chooseLegsAndDays(
	page: Page,
	diagnosis: Diagnosis = 'pad',
	expectTrack?: string
) {
	await page.getByLabel(DIAGNOSIS[diagnosis]).check();
	if (expectTrack) await expect(page.getByTestId('track')).toContainText(expectTrack);
	await page.getByRole('button', { name: 'Continue' }).click();
	// Monday, Wednesday, Friday are suggested; keep them.
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** The whole onboarding, every safety answer "no", no walk test; ends on Today. */
export async function onboard(page: Page, diagnosis: Diagnosis = 'pad', expectTrack?: string) {
	await page.goto('/start');
	await answerSafety(page);
	await chooseLegsAndDays(page, diagnosis, expectTrack);
	await page.getByTestId('baseline-skip').click();
	await page.getByTestId('go-today').click();
	await expect(page.getByTestId('target')).toBeVisible();
}
