import { describe, expect, it } from 'vitest';
import { compileHints, HINT, wantsHint } from './compile-hints';

type Bundle = Record<string, { type: 'chunk' | 'asset'; moduleIds?: string[]; code?: string }>;

function run(bundle: Bundle): Bundle {
	const hook = compileHints().generateBundle as unknown as (o: unknown, b: Bundle) => void;
	hook({}, bundle);
	hook({}, bundle); // a second pass changes nothing
	return bundle;
}

describe('compile hints', () => {
	it('marks the chunk holding Chart.js, and no other', () => {
		const out = run({
			'chart.js': {
				type: 'chunk',
				moduleIds: ['/app/node_modules/chart.js/dist/chart.js', '/app/src/lib/ui/charts/x.ts'],
				code: 'var a=1;'
			},
			'app.js': { type: 'chunk', moduleIds: ['/app/src/lib/dates.ts'], code: 'var b=2;' },
			'style.css': { type: 'asset' }
		});
		expect(out['chart.js']!.code).toBe(`${HINT}var a=1;`);
		expect(out['app.js']!.code).toBe('var b=2;');
	});

	it('knows Chart.js by its folder, on any system', () => {
		expect(wantsHint(['C:\\app\\node_modules\\chart.js\\dist\\chart.js'])).toBe(true);
		expect(wantsHint(['/app/node_modules/chartjs-adapter/x.js'])).toBe(false);
		expect(wantsHint([])).toBe(false);
	});
});
