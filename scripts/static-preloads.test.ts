import { describe, expect, it } from 'vitest';
// SvelteKit's own walk over the manifest, the one that writes a page's modulepreload links.
// @ts-expect-error: an internal module of SvelteKit, plain JavaScript without types
import { find_deps } from '../node_modules/@sveltejs/kit/src/exports/vite/build/utils.js';
import { hoistDynamicImports, type Manifest } from './static-preloads';

// The shape that lost preloads: the walk page imports the shared chunk first, whose code loads the
// database code later, which imports the pain scale; the walk page imports the pain scale too.
const MANIFEST: Manifest = {
	'nodes/walk.js': {
		file: 'walk.js',
		isEntry: true,
		imports: ['_common.js', '_pain-scale.js', '_card.js'],
		css: ['walk.css']
	},
	'_common.js': { file: 'common.js', imports: ['_framework.js'], dynamicImports: ['repo.ts'] },
	'_framework.js': { file: 'framework.js' },
	'repo.ts': { file: 'repo.js', isDynamicEntry: true, imports: ['_pain-scale.js', '_dexie.js'] },
	'_dexie.js': { file: 'dexie.js', dynamicImports: ['chart.ts'] },
	'chart.ts': { file: 'chart.js', isDynamicEntry: true, css: ['chart.css'] },
	'_pain-scale.js': { file: 'pain-scale.js' },
	'_card.js': { file: 'card.js', dynamicImports: ['help.ts'] },
	'help.ts': { file: 'help.js', isDynamicEntry: true, css: ['help.css'] }
};

const preloads = (manifest: Manifest) =>
	(find_deps(manifest, 'nodes/walk.js', true) as { imports: string[] }).imports.sort();

describe('static preloads', () => {
	it('SvelteKit alone leaves out a static import the database code shares', () => {
		expect(preloads(MANIFEST)).not.toContain('pain-scale.js');
	});

	it('every static import of the page is preloaded, and nothing loaded later is', () => {
		expect(preloads(hoistDynamicImports(MANIFEST))).toEqual(
			['card.js', 'common.js', 'framework.js', 'pain-scale.js', 'walk.js'].sort()
		);
	});

	it('the page keeps the dynamic imports of what it imports, one level deep', () => {
		const out = hoistDynamicImports(MANIFEST);
		expect(out['nodes/walk.js'].dynamicImports?.sort()).toEqual(['help.ts', 'repo.ts']);
		expect(out['_common.js'].dynamicImports).toBeUndefined();
		expect(out['_dexie.js'].dynamicImports).toBeUndefined();
		// The stylesheet of a part loaded later is still found, as SvelteKit finds it for the page.
		const deps = find_deps(out, 'nodes/walk.js', true) as { stylesheet_map: Map<string, unknown> };
		expect([...deps.stylesheet_map.keys()]).toContain('help.ts');
	});

	it('leaves the input as it was', () => {
		const before = JSON.stringify(MANIFEST);
		hoistDynamicImports(MANIFEST);
		expect(JSON.stringify(MANIFEST)).toBe(before);
	});
});
