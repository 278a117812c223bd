// What the browser benchmarks share: Debian's Chromium, and the build served as a static site.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
	existsSync(p)
);

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
