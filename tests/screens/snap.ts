// One screen photographed at phone and desktop sizes, light and dark, and at 200 % text.
import type { Page } from '@playwright/test';

export const OUT = 'screens';
const VARIANTS = [
	{ name: 'phone-light', width: 390, height: 844, dark: false, large: false },
	{ name: 'phone-dark', width: 390, height: 844, dark: true, large: false },
	{ name: 'phone-200', width: 390, height: 844, dark: false, large: true },
	{ name: 'desktop-light', width: 1280, height: 800, dark: false, large: false },
	{ name: 'desktop-dark', width: 1280, height: 800, dark: true, large: false }
];

let counter = 0;
export async function snap(page: Page, name: string) {
	counter++;
	const label = `${String(counter).padStart(2, '0')}-${name}`;
	for (const v of VARIANTS) {
		await page.setViewportSize({ width: v.width, height: v.height });
		await page.emulateMedia({ colorScheme: v.dark ? 'dark' : 'light' });
		// Through the CSS object model: the Content Security Policy refuses an injected <style>.
		await page.evaluate((large) => {
			const root = document.documentElement.style;
			if (large) root.setProperty('font-size', '225%', 'important');
			else root.removeProperty('font-size');
		}, v.large);
		await page.screenshot({ path: `${OUT}/${label}-${v.name}.png` });
		// The whole page too, once, to see what lies below the first screen.
		if (v.name === 'phone-light') {
			// Charts are drawn as they come near the screen: pass over the page first.
			// (Waited for here, not in the page: its clock may be paused.)
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await page.waitForTimeout(300);
			await page.evaluate(() => window.scrollTo(0, 0));
			await page.screenshot({ path: `${OUT}/${label}-phone-full.png`, fullPage: true });
		}
	}
	await page.setViewportSize({ width: 390, height: 844 });
}
