// Makes sure there is a Chromium for the end-to-end tests. Playwright's own browser download
// cannot reach our machines, so we prefer Debian's Chromium: installed with apt-get when we are
// root on Debian, else Playwright's download is tried, else we say exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

const found = () => process.env.CHROMIUM_PATH || CANDIDATES.find((p) => existsSync(p));

function run(cmd) {
	console.log(`$ ${cmd}`);
	execSync(cmd, { stdio: 'inherit' });
}

if (found()) {
	console.log(`Chromium for end-to-end tests: ${found()}`);
	process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version') || /debian/i.test(safeRead('/etc/os-release'));
try {
	if (isRoot && isDebian) {
		run('apt-get update -qq');
		run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
	} else {
		run('npx playwright install chromium');
	}
} catch {
	/* said below */
}

if (found()) process.exit(0);
if (!isRoot || !isDebian) {
	// Playwright's own download may have worked: it then needs no executablePath.
	try {
		execSync('node -e "require(\'playwright-core\').chromium.executablePath()"', {
			stdio: 'ignore'
		});
		console.log('Using the Chromium that Playwright downloaded.');
		process.exit(0);
	} catch {
		/* fall through */
	}
}
console.error(`
No Chromium found for the end-to-end tests.
  On Debian or Ubuntu:   sudo apt-get install -y chromium
  Elsewhere:             npx playwright install chromium
  Or point CHROMIUM_PATH at a Chrome or Chromium binary.
`);
process.exit(1);

function safeRead(path) {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
