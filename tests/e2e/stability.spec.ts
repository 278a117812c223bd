// What a person's finger and eye meet on every page: every control is big enough to tap, and
// nothing moves once the page is drawn (no layout shift), with and without a year of data.
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BASE_URL } from '../../playwright.config';
import {
	ALL_PAGES,
	expect,
	layoutShift,
	restoreYear,
	tapAreaProblems,
	test,
	waitForServiceWorker,
	watchLayoutShift
} from './fixtures';

test('every control on every page has a tap area of at least 48 by 48 px', async ({ page }) => {
	const problems: string[] = [];
	for (const path of ALL_PAGES) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		problems.push(...(await tapAreaProblems(page)).map((p) => `${path}: ${p}`));
	}
	expect(problems).toEqual([]);
});

test('nothing moves once a page is drawn, on a first visit or any later one', async ({
	page,
	context
}) => {
	await watchLayoutShift(context);
	// The first visit: the "works without internet" notice arrives when the worker is ready.
	await page.goto('/');
	await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 30_000 });
	await waitForServiceWorker(page);
	expect(await layoutShift(page), 'first visit').toEqual({ total: 0, shifts: [] });
	for (const path of ALL_PAGES) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect.soft(await layoutShift(page), path).toEqual({ total: 0, shifts: [] });
	}
});

test('nothing moves below the fold either: every page in a window as tall as the page', async ({
	page,
	context
}) => {
	// A shift counts only where it can be seen: one below a phone's screen is missed at 390×844
	// and caught on another phone (the report's details once pushed it down by 20 px at 412×823).
	await page.setViewportSize({ width: 390, height: 2400 });
	await watchLayoutShift(context);
	for (const path of ALL_PAGES) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect.soft(await layoutShift(page), path).toEqual({ total: 0, shifts: [] });
	}
});

test('nothing moves once drawn with a year of walks: Today, Progress with its charts, History, a walk, the report', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await restoreYear(page);
	await watchLayoutShift(context);
	await page.goto('/history');
	const session = await page
		.getByTestId('history-item')
		.first()
		.getByRole('link')
		.getAttribute('href');
	const pages: [string, string][] = [
		['/', '[data-testid="target"], [data-testid="week"]'],
		['/progress', '[data-testid="stat-walking"]'],
		['/history', '[data-testid="history-item"]'],
		[session!, 'h1'],
		['/report', '[data-testid="report-weeks"] tbody tr'],
		['/diary', 'h1'],
		['/plan', 'h1']
	];
	for (const [path, ready] of pages) {
		await page.goto(path);
		await page.locator(ready).first().waitFor();
		if (path === '/progress') {
			// Its charts are drawn as they come near the screen, into space already kept.
			for (const id of ['chart-walking', 'chart-pain', 'chart-sessions']) {
				await page.getByTestId(id).scrollIntoViewIfNeeded();
				await expect(page.getByTestId(id)).toHaveAttribute('data-drawn', 'true');
			}
		}
		await page.waitForLoadState('networkidle');
		expect.soft(await layoutShift(page), path).toEqual({ total: 0, shifts: [] });
		if (path === '/report') {
			// Its long tables are laid out as they come near (content-visibility), and the page
			// grows then: below what is in view, so nothing on the screen moves while reading down.
			for (let more = true; more;) {
				more = await page.evaluate(async () => {
					const before = scrollY;
					scrollBy(0, innerHeight / 2);
					await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
					return scrollY > before;
				});
			}
			expect.soft(await layoutShift(page), 'the report, read to its end').toEqual({
				total: 0,
				shifts: []
			});
		}
	}
});

test('the tab bar stays still while a slow page arrives in pieces', async ({ browser }) => {
	// A slow phone draws a page before all of it has arrived. This server sends each page with a
	// pause after the tab bar's opening tag and after every tab icon: a frame is drawn with the bar
	// empty, or with an icon alone. An empty bar was only its 2 px border, at the foot of the
	// screen, and rose when its tabs came; an icon centred with its label moved up when the label
	// came (each seen by chance, on the plan and on the report).
	// node:http, not fetch: fetch refuses some ports (the Fetch standard's "bad ports", such as
	// 4190), and a relay that fails must answer plainly rather than leave the page waiting.
	const server = createServer((request, response) => {
		get(BASE_URL + request.url, (answer) => {
			const chunks: Buffer[] = [];
			answer.on('data', (chunk: Buffer) => chunks.push(chunk));
			answer.on('end', async () => {
				const body = Buffer.concat(chunks);
				const type = answer.headers['content-type'] ?? '';
				response.writeHead(answer.statusCode ?? 502, { 'content-type': type });
				if (!type.startsWith('text/html')) return response.end(body);
				const html = body.toString();
				const navEnd = html.indexOf('</nav>');
				// A pause after the tab bar's opening tag (drawn before any tab has come), then after
				// every icon.
				const cuts = [html.indexOf('>', html.indexOf('<nav')) + 1];
				for (
					let at = html.indexOf('</svg>');
					at !== -1 && at < navEnd;
					at = html.indexOf('</svg>', at + 1)
				)
					cuts.push(at + 6);
				let from = 0;
				for (const at of cuts) {
					response.write(html.slice(from, at));
					from = at;
					await new Promise((resolve) => setTimeout(resolve, 150));
				}
				response.end(html.slice(from));
			});
		}).on('error', (error) => {
			response.writeHead(502);
			response.end(String(error));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const context = await browser.newContext({
		baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		serviceWorkers: 'block'
	});
	try {
		await watchLayoutShift(context);
		const page = await context.newPage();
		for (const path of ['/', '/report', '/learn']) {
			await page.goto(path);
			await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
			await page.waitForLoadState('networkidle');
			expect.soft(await layoutShift(page), path).toEqual({ total: 0, shifts: [] });
		}
	} finally {
		await context.close();
		server.close();
	}
});
