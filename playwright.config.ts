import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// E2E_PORT lets a second suite run beside one already running (another checkout, a CI run).
const PORT = Number(process.env.E2E_PORT ?? 4174);
const chromium =
	process.env.CHROMIUM_PATH ??
	['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
		existsSync(p)
	);

/** Chromium flags that keep it from reaching for the internet (our machines have none). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: process.env.CI ? 1 : 2,
	retries: 0,
	timeout: 60_000,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['./tests/slowest-reporter.ts']],
	use: {
		baseURL: BASE_URL,
		viewport: { width: 390, height: 844 },
		// The app writes dates in the browser's locale; the tests read them in UK English.
		locale: 'en-GB',
		hasTouch: true,
		browserName: 'chromium',
		launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
		serviceWorkers: 'allow',
		// A trace records every step of every test and costs 7 to 14 % of the suite's time
		// (a11y.spec.ts 2.2 -> 1.9 min with one worker); TRACE=1 records one, kept on failure.
		// A failure's screenshot is always kept.
		trace: process.env.TRACE ? 'retain-on-failure' : 'off',
		screenshot: 'only-on-failure'
	},
	webServer: {
		// Tests run against the real static build, served as any static host would.
		command: `npm run build && npx sirv build --port ${PORT} --host 127.0.0.1`,
		url: BASE_URL,
		// Never a server left by another checkout or run: it could be serving another build.
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore'
	}
});
