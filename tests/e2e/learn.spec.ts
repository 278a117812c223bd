// Learn: every page opens offline from a cold start, cites its sources, and is linked from the
// places it explains.
import { learnPages } from '../../src/lib/learn-list';
import { expect, passCheck, test, waitForServiceWorker } from './fixtures';
import { onboard } from './onboarding';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

test('every Learn page opens offline, cold, with its sources at the foot', async ({
	page,
	context
}) => {
	await page.goto('/learn');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	for (const { topic, title } of learnPages()) {
		// A cold start: a new tab, offline, straight to the page.
		const cold = await context.newPage();
		await cold.goto(`/learn/${topic}`);
		await expect(cold.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(cold.locator('footer.sources li').first()).toBeVisible();
		await cold.close();
	}
	await page.goto('/learn');
	await expect(page.getByTestId('learn-pain-scale')).toBeVisible();
	await page.getByTestId('learn-get-help').click();
	await expect(page.getByTestId('learn-callNow')).toContainText('Chest pain or pressure');
	// The same levels and words as Today: pain that does not ease means talk before the next walk;
	// night cramps mean mention it and keep walking; severe pain once means stop earlier next time.
	await expect(page.getByTestId('learn-talkFirst')).toContainText(
		'Talk to your care team before your next walk'
	);
	await expect(page.getByTestId('learn-talkFirst')).toContainText(
		'Leg pain that has not eased after 10 minutes of rest'
	);
	await expect(page.getByTestId('learn-mention')).toContainText('Cramps that wake you at night');
	await expect(page.getByTestId('learn-mention')).toContainText('Keep walking as planned.');
	await expect(page.getByTestId('learn-carryOn')).toContainText('next time stop a little earlier');
	await expect(page.getByTestId('call-emergency')).toHaveAttribute('href', 'tel:999');
});

test('the pain scale, leg raising and getting help are linked from the walk', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await onboard(page, 'both');
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	// The pain scale on the walking screen links to its page; the walk is kept and found again.
	// (A paused clock holds client-side navigation: the links are followed with goto.)
	const painLink = page.getByTestId('pain-scale').getByTestId('learn-link');
	await expect(painLink).toHaveAttribute('href', '/learn/pain-scale');
	await page.goto('/learn/pain-scale');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Walking into moderate pain' })
	).toBeVisible();
	await expect(page.getByTestId('back-to-walk')).toHaveAttribute('href', '/walk');
	await page.goto('/walk');
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
	// "I feel unwell" links to when to get help.
	await page.getByTestId('unwell').click();
	await expect(page.getByTestId('learn-link')).toHaveAttribute('href', '/learn/get-help');
	await page.getByTestId('feel-better').click();
	// Leg raising links to its page, with the cautions for poor circulation.
	await page.clock.runFor(16 * MIN);
	await page.getByTestId('finish-walking').click();
	for (const part of ['Calf exercises', 'Cool-down']) {
		await expect(page.getByRole('heading', { level: 1, name: part })).toBeVisible();
		await page.clock.runFor(1000);
		await page.getByTestId('skip-part').click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Raise your legs' })).toBeVisible();
	await expect(page.getByTestId('learn-link')).toHaveAttribute('href', '/learn/leg-raising');
	await page.goto('/learn/leg-raising');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Raising your legs and compression stockings' })
	).toBeVisible();
	await expect(page.getByTestId('pad-cautions')).toContainText(
		'if raising your legs causes foot pain'
	);
});

test('what Legwork is, and is not, is shown on first run', async ({ page }) => {
	await page.goto('/start');
	await page.getByTestId('learn-about').click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'What Legwork is, and is not' })
	).toBeVisible();
	await expect(page.locator('main')).toContainText('does not replace your doctor');
});
