// What the browser benchmarks share: Debian's Chromium, and the build served as a static site.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
	existsSync(p)
);

/** Debian's Chromium through Playwright, with no background traffic of its own. */
export async function launchChromium() {
	const { chromium } = await import('@playwright/test');
	return chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update']
	});
}

/** Serves build/ on the port; resolves once it answers. sirv itself, not through npx: killing
 * npx would leave sirv running, serving an old build. */
export async function serveBuild(port) {
	const url = `http://127.0.0.1:${port}`;
	const server = spawn(
		process.execPath,
		['node_modules/sirv-cli/bin.js', 'build', '--port', String(port), '--host', '127.0.0.1'],
		{ stdio: 'ignore' }
	);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return { url, stop: () => server.kill() };
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * Serves build/ as a plain static host with gzip does: clean URLs (/walk → walk.html), text
 * gzipped, hashed files cached for a year, everything else revalidated. In this process, so the
 * figures do not depend on a dev server's behaviour.
 */
export async function serveGzip(port) {
	const { createServer } = await import('node:http');
	const { readFile, stat } = await import('node:fs/promises');
	const { extname, join, normalize } = await import('node:path');
	const { gzipSync } = await import('node:zlib');
	const root = 'build';
	const cache = new Map();
	const find = async (pathname) => {
		const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
		for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
			const file = join(root, candidate);
			const info = await stat(file).catch(() => null);
			if (info?.isFile()) return file;
		}
		return null;
	};
	const server = createServer(async (req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = await find(pathname === '/' ? '/index.html' : pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip =
			/text|json|svg|manifest/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
		const key = `${file}:${gzip}`;
		if (!cache.has(key)) {
			const body = await readFile(file);
			cache.set(key, gzip ? gzipSync(body, { level: 6 }) : body);
		}
		res.writeHead(200, {
			'content-type': type,
			'cache-control': file.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
		});
		res.end(cache.get(key));
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
