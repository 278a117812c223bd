// npm run bench: builds, then prints every benchmark's figures. Never asserts on time.
import { execFileSync } from 'node:child_process';
for (const script of [
	'bench/bundle.mjs',
	'bench/event-record.mjs',
	'bench/backup.mjs',
	'bench/records.mjs',
	'bench/memory.mjs'
]) {
	execFileSync('node', [script], { stdio: 'inherit' });
}
