// The six-minute walk in a hallway, screen by screen, for a person to look at.
import { mkdirSync } from 'node:fs';
import { OUT, snap } from './snap';
import { test } from '../e2e/fixtures';
import { onboard } from '../e2e/onboarding';

const T0 = new Date('2026-11-23T09:00:00');
const S = 1000;

test('the six-minute walk', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60 * S));
	await page.goto('/test');
	await snap(page, 'six-choose');
	await page.getByTestId('test-six-minute').click();
	await snap(page, 'six-course');
	await page.getByLabel('Length of your course, in metres').fill('6');
	await page.getByTestId('six-course-next').click();
	await snap(page, 'six-course-error');
	await page.getByLabel('Length of your course, in metres').fill('25');
	await page.getByTestId('six-course-next').click();
	await snap(page, 'six-ready');
	await page.getByTestId('six-begin').click();
	await snap(page, 'six-countdown');
	await page.clock.runFor(3 * S);
	for (let i = 0; i < 3; i++) {
		await page.clock.runFor(25 * S);
		await page.getByTestId('six-turn').click();
	}
	await page.clock.runFor(2 * S);
	await page.getByTestId('six-turn').click();
	await page.clock.runFor(15 * S);
	await snap(page, 'six-walking-refused');
	await page.getByTestId('six-pain').click();
	await snap(page, 'six-walking-pain');
	await page.clock.runFor(300 * S);
	await snap(page, 'six-stop-here');
	await page.getByLabel('How far did you get after your last turn, in metres?').fill('12');
	await page.getByTestId('six-save').click();
	await snap(page, 'six-result');
	await page.goto('/learn/six-minute-walk');
	await snap(page, 'six-learn');
});

test('the six-minute walk outdoors', async ({ page, context }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60 * S));
	await page.goto('/test');
	await page.getByTestId('test-outdoor').click();
	await snap(page, 'six-outdoor-explain');
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation({ latitude: 51.5, longitude: -0.1, accuracy: 40 });
	await page.getByTestId('six-locate').click();
	await page.getByTestId('six-accuracy').waitFor();
	await snap(page, 'six-outdoor-waiting');
	await context.setGeolocation({ latitude: 51.5, longitude: -0.1, accuracy: 9 });
	await page.getByTestId('six-begin').click({ trial: true });
	await snap(page, 'six-outdoor-ready');
	await page.getByTestId('six-begin').click();
	await page.clock.runFor(3 * S);
	for (let s = 5; s <= 360; s += 5) {
		await page.clock.runFor(5 * S);
		await context.setGeolocation({
			latitude: 51.5 + (s * (s > 200 ? 0.9 : 1)) / 111_195,
			longitude: -0.1,
			accuracy: s > 200 ? 35 : 8
		});
		if (s === 90) await snap(page, 'six-outdoor-walking');
	}
	await page.clock.runFor(S);
	await page.getByTestId('six-metres').waitFor();
	await snap(page, 'six-outdoor-result-poor');
	await context.clearPermissions();
	await page.goto('/test');
	await page.getByTestId('test-outdoor').click();
	await page.getByTestId('six-locate').click();
	await page.getByTestId('six-no-gps').waitFor();
	await snap(page, 'six-outdoor-refused');
});
