import { describe, expect, it } from 'vitest';
import { startEngine } from './start.mjs';

describe('starting a browser for the cross-engine suite', () => {
	it('tries again when a start misses its deadline, and only the last try is verbose', async () => {
		const tries: boolean[] = [];
		const lines: string[] = [];
		const engine = {
			async start({ verbose }: { verbose: boolean }) {
				tries.push(verbose);
				if (tries.length < 3) throw new Error('Timed out after 90000 ms\nmore');
				return 'browser';
			}
		};
		const browser = await startEngine(engine, { pauseMs: 0, log: (l: string) => lines.push(l) });
		expect(browser).toBe('browser');
		expect(tries).toEqual([false, false, true]);
		expect(lines).toEqual([
			'  · start attempt 1 failed (Timed out after 90000 ms); trying again',
			'  · start attempt 2 failed (Timed out after 90000 ms); trying again'
		]);
	});

	it('gives up after the last try with that try’s reason', async () => {
		let n = 0;
		const engine = {
			async start() {
				n++;
				throw new Error(`no answer ${n}`);
			}
		};
		await expect(startEngine(engine, { pauseMs: 0, log: () => {} })).rejects.toThrow('no answer 3');
		expect(n).toBe(3);
	});
});
