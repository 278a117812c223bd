// The Content Security Policy: every page carries it, it allows only this origin, and nothing
// the app does is blocked by it (every other test also fails on any violation: see fixtures).
import { ALL_PAGES as PAGES, expect, test } from './fixtures';

test('every page carries a policy that allows this origin only, and nothing on it is blocked', async ({
	page,
	policyViolations
}) => {
	for (const path of PAGES) {
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy, path).toBeTruthy();
		const directives = Object.fromEntries(
			policy!
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.map(([name, ...values]) => [name, values])
		);
		for (const name of [
			'default-src',
			'script-src',
			'style-src',
			'img-src',
			'font-src',
			'connect-src',
			'worker-src'
		]) {
			const values: string[] = directives[name] ?? [];
			expect(values[0], `${path} ${name}`).toBe("'self'");
			// Beyond 'self', only hashes: of SvelteKit's start-up script, and of the one fixed
			// style attribute of its route announcer ('unsafe-hashes' lets that hash match it).
			for (const v of values.slice(1)) {
				expect(v, `${path} ${name}`).toMatch(
					name === 'style-src' ? /^'(sha256-[^']+|unsafe-hashes)'$/ : /^'sha256-/
				);
			}
		}
		expect(directives['object-src']).toEqual(["'none'"]);
		// No inline event handlers anywhere in the markup.
		const inline = await page.evaluate(
			() =>
				[...document.querySelectorAll('*')].filter((el) =>
					[...el.attributes].some((a) => a.name.startsWith('on'))
				).length
		);
		expect(inline, path).toBe(0);
	}
	expect(policyViolations).toEqual([]);
});

test('the policy really blocks: a script from elsewhere, and an inline one, are refused', async ({
	page,
	policyViolations
}) => {
	await page.goto('/');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__ran = true';
		document.head.append(s);
	});
	expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeFalsy();
	await expect.poll(() => policyViolations.length).toBeGreaterThan(0);
	// This test meant to cause them: clear them so the fixture's own check passes.
	policyViolations.length = 0;
});
