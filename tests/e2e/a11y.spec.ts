// Accessibility: no axe-core violations on any page, light or dark, and no sideways scrolling
// at 200 % text on a phone-sized screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAFETY_QUESTIONS } from '../../src/lib/safety/questions';
import {
	ALL_PAGES as PAGES,
	expect,
	largeText,
	passCheck,
	restoreYear,
	tapAreaProblems,
	test
} from './fixtures';
import { onboard } from './onboarding';

// One test per page and colour scheme: each takes a second or two, so none comes near its limit
// on a busy machine (one test over every page took 16 s alone, and ran out of time under load).
for (const colorScheme of ['light', 'dark'] as const) {
	for (const path of PAGES) {
		test(`no axe violations on ${path} (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(
				violations.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target).join(', ')})`)
			).toEqual([]);
		});
	}
}

test('readable at 200 % text: nothing runs off the side of a phone screen', async ({ page }) => {
	for (const path of PAGES) {
		await page.goto(path);
		await largeText(page);
		await expect(page.locator('h1')).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

/** No axe violations and no tap area under 48 px on the screen as it is now. */
async function checkScreen(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target).join(', ')})`)
	).toEqual([]);
	expect(await tapAreaProblems(page), `tap areas: ${where}`).toEqual([]);
}

// The busy screens in two tests, so neither comes near its time limit on a busy machine.
test('no axe violations and no small tap areas in onboarding, errors included, and on Today after it', async ({
	page
}) => {
	const check = (where: string) => checkScreen(page, where);
	// A Monday, a suggested walking day: on the real date Today may have no walk (and no target).
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await page.goto('/start');
	await page.getByRole('button', { name: 'Continue' }).click();
	// A question left unanswered: the error beside it and in the summary.
	await page.getByRole('button', { name: 'Continue' }).click();
	await check('a safety question with its error');
	// A heart symptom: "yes" asks when, and going on without saying is an error at the field.
	await page.getByTestId('q-chestPain').getByLabel('Yes').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await check('a heart question asking when, with its error');
	await page.locator('#when-chestPain-newOrWorse').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	for (let i = 1; i < SAFETY_QUESTIONS.length; i++) {
		await page.locator('fieldset').getByLabel('No').check();
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	await check('the outcome: check with your doctor before you start');
	await page.getByLabel('My doctor or nurse has checked me').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByLabel('Both legs').check();
	await check('legs');
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByLabel(/Poor circulation in the leg arteries/).check();
	await check('diagnosis');
	await page.getByRole('button', { name: 'Continue' }).click();
	await check('days');
	await page.getByRole('button', { name: 'Continue' }).click();
	await check('who to call');
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByTestId('baseline-enter').click();
	await page.getByTestId('use-entered').click();
	await check('baseline errors');
	// Back from the form to the three choices.
	await page.getByRole('button', { name: 'Back', exact: true }).first().click();
	await page.getByTestId('baseline-skip').click();
	await page.getByTestId('go-today').click();
	await expect(page.getByTestId('target')).toBeVisible();
	await check('today');
});

test('no axe violations and no small tap areas on the plan and a walk under way', async ({
	page
}) => {
	const check = (where: string) => checkScreen(page, where);
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await onboard(page);
	await page.goto('/plan');
	await check('plan');
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await check('warm-up');
	for (let i = 0; i < 5; i++) {
		// Steps a moment apart, as a person taps them: by the page's clock, not the test's.
		await page.clock.runFor(1000);
		await page.getByTestId('next').click();
	}
	await page.getByTestId('pain-started').click();
	await check('walking');
	await page.getByTestId('stop-rest').click();
	await check('pain question');
	await page.getByTestId('pain-4').click();
	await check('resting');
	await page.getByTestId('unwell').click();
	await check('unwell');
});

test('body text is at least 18 px, and the colour theme can be chosen', async ({ page }) => {
	await page.goto('/learn');
	const size = await page
		.locator('main p')
		.first()
		.evaluate((p) => getComputedStyle(p).fontSize);
	expect(parseFloat(size)).toBeGreaterThanOrEqual(18);
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/settings');
	expect(await background()).toBe('rgb(255, 255, 255)');
	await page.getByLabel('Dark', { exact: true }).check();
	await expect.poll(background).toBe('rgb(16, 20, 24)');
	// Kept, and applied before the first paint of the next page.
	await page.goto('/learn');
	expect(await background()).toBe('rgb(16, 20, 24)');
	await page.goto('/settings');
	await page.getByLabel('Same as my device').check();
	await expect.poll(background).toBe('rgb(255, 255, 255)');
});

// Each colour scheme in two halves of the pages, each restoring the year on its own: under load
// one test over every page came near its limit.
const YEAR_PAGES = [
	['/', '/progress', '/history'],
	['a walk', '/report', '/plan', '/diary']
];
for (const colorScheme of ['light', 'dark'] as const) {
	for (const half of YEAR_PAGES) {
		test(`no axe violations with a year of walks (${colorScheme}: ${half.join(', ')}), tap areas of 48 px, and nothing off the side at 200 %`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await restoreYear(page);
			const withData: string[] = [];
			for (const path of half) {
				if (path !== 'a walk') withData.push(path);
				else {
					await page.goto('/history');
					const href = await page
						.getByTestId('history-item')
						.first()
						.getByRole('link')
						.getAttribute('href');
					withData.push(href!);
				}
			}
			await page.emulateMedia({ colorScheme });
			for (const path of withData) {
				await page.goto(path);
				await expect(page.locator('h1')).toBeVisible();
				// Long pages draw a part at a time: checked once the last part is drawn.
				if (path === '/report') await expect(page.getByTestId('report-counts')).toBeVisible();
				if (path === '/progress') await expect(page.getByTestId('report-link')).toBeVisible();
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(
					violations.map(
						(v) => `${path} ${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target).join(', ')})`
					)
				).toEqual([]);
				if (colorScheme === 'light') expect(await tapAreaProblems(page), path).toEqual([]);
			}
			if (colorScheme === 'dark') return;
			for (const path of withData) {
				await page.goto(path);
				await largeText(page);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
		});
	}
}
