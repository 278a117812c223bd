// The project's own lint rules, run on a line of code each: a rule that stopped matching would
// let what it forbids back in without a word.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages of the project's restricting rules for `code` placed at `filePath`. */
async function problems(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter((m) => m.ruleId?.includes('restricted'))
		.map((m) => m.message);
}

describe('lint rules', () => {
	it('keeps Intl and toLocale*() out of the app: messages/format writes dates and numbers', async () => {
		const file = 'src/lib/progress/lint-probe.ts';
		expect(await problems("export const a = new Intl.NumberFormat('en-GB');\n", file)).toEqual([
			'Write dates, times and numbers with $lib/messages/format, not Intl.'
		]);
		expect(await problems('export const b = (3).toLocaleString();\n', file)).toEqual([
			'Write dates, times and numbers with $lib/messages/format, not toLocale*().'
		]);
		expect(await problems('export const c = (3).toFixed(1);\n', file)).toEqual([]);
	});

	it('reads the time only through the clock', async () => {
		const file = 'src/lib/progress/lint-probe.ts';
		expect(await problems('export const t = Date.now();\n', file)).toEqual([
			'Read the time with now() from $lib/device/clock.'
		]);
		expect(await problems('export const t = new Date(0);\n', file)).toEqual([]);
	});

	it('lets tests use Intl, to check the app against it', async () => {
		const file = 'src/lib/messages/lint-probe.test.ts';
		expect(await problems("export const a = new Intl.NumberFormat('en-GB');\n", file)).toEqual([]);
	});
});
