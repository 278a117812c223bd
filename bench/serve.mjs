// What the browser benchmarks share: Debian's Chromium, and the build served as a static site.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
 * figures do not depend on a dev server's behaviour. With `http2`, over HTTPS and HTTP/2 on
 * https://localhost, with a certificate made for the run (the browser must be told to accept it).
 */
export async function serveGzip(port, { http2 = false } = {}) {
	const { createServer } = await import('node:http');
	const { createSecureServer } = await import('node:http2');
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
	const handler = async (req, res) => {
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
	};
	const server = http2
		? createSecureServer({ ...selfSigned(), allowHTTP1: true }, handler)
		: createServer(handler);
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	const url = http2 ? `https://localhost:${port}` : `http://127.0.0.1:${port}`;
	return { url, stop: () => server.close() };
}

/** A certificate for localhost, made now with openssl: the browser is told to accept it. */
function selfSigned() {
	const dir = mkdtempSync(join(tmpdir(), 'legwork-cert-'));
	const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
	const args = '-x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost'.split(' ');
	try {
		execFileSync(
			'openssl',
			['req', ...args, '-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert],
			{ stdio: 'ignore' }
		);
	} catch {
		throw new Error(
			'The HTTPS bench needs openssl (apt-get install openssl), or run it with HTTP1=1.'
		);
	}
	return { key: readFileSync(key), cert: readFileSync(cert) };
}
