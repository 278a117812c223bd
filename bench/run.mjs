// npm run bench: builds, then prints every benchmark's figures. Never asserts on time.
import { execFileSync } from 'node:child_process';
for (const script of [
	'bench/bundle.mjs',
	'bench/event-record.mjs',
	'bench/backup.mjs',
	'bench/records.mjs',
	'bench/memory.mjs',
	'bench/offline-start.mjs',
	// The longest (about 10 minutes): Lighthouse on every page, 3 runs each.
	'bench/lighthouse.mjs'
]) {
	execFileSync('node', [script], { stdio: 'inherit' });
}
