// The report as printed (npm run screens): twelve weeks of a year of walks, saved as PDF on A4
// and US Letter into screens/, each page then turned into a PNG (pdftoppm) to be looked at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { restoreYear, test } from '../e2e/fixtures';
import { OUT } from './snap';

test('the report, printed', async ({ page }) => {
	test.setTimeout(180_000);
	mkdirSync(OUT, { recursive: true });
	await restoreYear(page);
	await page.goto('/report');
	await page.getByTestId('report-from').fill('2017-08-28');
	await page.getByTestId('report-to').fill('2017-11-19');
	await page.getByTestId('report-weeks').waitFor();
	await page.emulateMedia({ media: 'print' });
	for (const format of ['A4', 'Letter'] as const) {
		const path = `${OUT}/report-12-weeks-${format}.pdf`;
		writeFileSync(path, await page.pdf({ format, printBackground: true }));
		execFileSync('pdftoppm', ['-png', '-r', '60', path, `${OUT}/report-12-weeks-${format}`]);
	}
});
