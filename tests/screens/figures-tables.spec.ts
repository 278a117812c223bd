// The weekly figures' table and charts, one component on Progress and on the report (npm run
// screens): a year of walks, Progress's table opened, the report's weeks and, over two years,
// its months.
import { mkdirSync } from 'node:fs';
import { restoreYear, test } from '../e2e/fixtures';
import { OUT, snap } from './snap';

test('figures tables', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await restoreYear(page);
	await page.goto('/progress');
	await page.getByText('The same figures as a table').click();
	await page.getByTestId('figures-table').scrollIntoViewIfNeeded();
	await snap(page, 'progress-figures-table');
	await page.goto('/report');
	await page.getByTestId('report-from').fill('2016-11-28');
	await page.getByTestId('report-weeks').waitFor();
	if (await page.getByTestId('report-months').count()) {
		await page.getByTestId('report-months').scrollIntoViewIfNeeded();
		await snap(page, 'report-months');
	}
	await page.getByTestId('report-weeks').scrollIntoViewIfNeeded();
	await snap(page, 'report-weeks');
});
