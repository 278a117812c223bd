// One small driver interface over two protocols, so the same checks run in every engine:
// WebKit (Debian's WebKitGTK MiniBrowser) over W3C WebDriver with selenium-webdriver, and
// Firefox (Debian's firefox-esr) over WebDriver BiDi with puppeteer-core.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const FIREFOX = '/usr/bin/firefox-esr';

export const ENGINES = {
	webkit: {
		label: 'WebKit (WebKitGTK MiniBrowser)',
		available: () =>
			existsSync(WEBKIT_BROWSER) && existsSync(WEBKIT_DRIVER) && existsSync('/usr/bin/Xvfb'),
		howToGet: 'on Debian: apt-get install webkit2gtk-driver xvfb',
		packages: ['webkit2gtk-driver', 'xvfb'],
		start: startWebKit
	},
	firefox: {
		label: 'Firefox (firefox-esr)',
		available: () => existsSync(FIREFOX),
		howToGet: 'on Debian: apt-get install firefox-esr',
		packages: ['firefox-esr'],
		start: startFirefox
	}
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitUntil(check, what, timeoutMs = 20_000) {
	const end = Date.now() + timeoutMs;
	let last;
	while (Date.now() < end) {
		try {
			const value = await check();
			if (value) return value;
		} catch (error) {
			last = error;
		}
		await sleep(100);
	}
	throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** Xvfb for WebKit's window: its headless mode did not work on our machines. */
async function display() {
	if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: () => {} };
	const number = `:${90 + Math.floor(Math.random() * 9)}`;
	const xvfb = spawn('Xvfb', [number, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
		stdio: 'ignore'
	});
	await sleep(800);
	return { display: number, stop: () => xvfb.kill() };
}

async function startWebKit() {
	const { Builder, By } = await import('selenium-webdriver');
	const screen = await display();
	const port = 4600 + Math.floor(Math.random() * 300);
	const server = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
		stdio: 'ignore',
		env: { ...process.env, DISPLAY: screen.display }
	});
	let driver;
	try {
		await waitUntil(
			async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok,
			'WebKitWebDriver'
		);
		driver = await new Builder()
			.usingServer(`http://127.0.0.1:${port}`)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] }
			})
			.build();
	} catch (error) {
		// A start that fails is tried again (start.mjs): leave no driver or display behind.
		server.kill();
		screen.stop();
		throw error;
	}
	const find = (css) => driver.findElement(By.css(css));
	return {
		goto: (url) => driver.get(url),
		reload: () => driver.navigate().refresh(),
		async visible(css) {
			const found = await driver.findElements(By.css(css));
			return found.length > 0 && (await found[0].isDisplayed());
		},
		async click(css) {
			const element = await find(css);
			// To the middle of the screen, clear of the tab bar fixed at the foot.
			await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
			await element.click();
		},
		text: async (css) => (await find(css)).getText(),
		upload: async (css, path) => (await find(css)).sendKeys(path),
		evaluate: (fn, arg) =>
			driver.executeAsyncScript(
				`const done = arguments[arguments.length - 1];
				Promise.resolve((${fn.toString()})(arguments[0])).then(done, (e) => done({ error: String(e) }));`,
				arg
			),
		async close() {
			await driver.quit().catch(() => {});
			server.kill();
			screen.stop();
		}
	};
}

async function startFirefox({ verbose = false } = {}) {
	const puppeteer = (await import('puppeteer-core')).default;
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		// puppeteer waits 30 s by default for Firefox to print its address; a cold first start on a
		// loaded 2-core machine has taken longer.
		timeout: 90_000,
		dumpio: verbose,
		extraPrefsFirefox: { 'dom.serviceWorkers.testing.enabled': true }
	});
	const page = await browser.newPage();
	await page.setViewport({ width: 390, height: 844 });
	return {
		goto: (url) => page.goto(url, { waitUntil: 'load' }),
		reload: () => page.reload({ waitUntil: 'load' }),
		async visible(css) {
			const handle = await page.$(css);
			if (!handle) return false;
			return handle.evaluate((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
			});
		},
		click: (css) => page.click(css),
		text: (css) => page.$eval(css, (el) => el.innerText),
		upload: async (css, path) => (await page.$(css)).uploadFile(path),
		evaluate: (fn, arg) => page.evaluate(fn, arg),
		async close() {
			await browser.close().catch(() => {});
		}
	};
}

export { sleep, waitUntil };
