// Every module a page imports statically gets a modulepreload link in its HTML, so the browser
// fetches them all at once instead of finding some only when the page's own file has arrived
// (one more round trip on a slow phone network, and a later largest paint on a first visit).
//
// Why this is needed: SvelteKit (2.70) lists a page's preloads by walking Vite's manifest from
// the page's entry, static imports first and then dynamic ones, with one "seen" set for both.
// When a shared chunk (our 'common' group) dynamically imports the database code, and the
// database code statically imports a small module the page also imports (the pain scale, the
// session rules), the walk meets that module first as dynamic, marks it seen, and then skips it
// when the page's own static import comes. This plugin rewrites the client manifest so that the
// walk sees every static import first: each entry carries the dynamic imports of all the chunks
// it imports statically (one level deep, as before), and no other chunk carries any.
// Only the manifest changes; the code and its chunks stay as they are.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface ManifestChunk {
	file: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	[key: string]: unknown;
}
export type Manifest = Record<string, ManifestChunk>;

/** SvelteKit's generated client app, which imports every page's node. */
const APP = '.svelte-kit/generated/client-optimized/app.js';

/** The chunks an entry reaches through static imports, itself included. */
function staticClosure(manifest: Manifest, key: string): Set<string> {
	const seen = new Set<string>();
	const stack = [key];
	while (stack.length) {
		const current = stack.pop() as string;
		if (seen.has(current) || !manifest[current]) continue;
		seen.add(current);
		stack.push(...(manifest[current].imports ?? []));
	}
	return seen;
}

/** The manifest with dynamic imports moved from shared chunks onto the entries that use them. */
export function hoistDynamicImports(manifest: Manifest): Manifest {
	const out: Manifest = {};
	for (const [key, chunk] of Object.entries(manifest)) out[key] = { ...chunk };
	for (const [key, chunk] of Object.entries(manifest)) {
		if (!chunk.isEntry) continue;
		const dynamic = new Set<string>();
		for (const member of staticClosure(manifest, key))
			for (const target of manifest[member]?.dynamicImports ?? []) dynamic.add(target);
		if (dynamic.size) out[key] = { ...chunk, dynamicImports: [...dynamic] };
	}
	// SvelteKit's client fetches the root error page as it starts, on every page: preload it
	// with the app's own code rather than after it.
	const app = out[APP];
	const errorPage = manifest[APP]?.dynamicImports?.find((key) => key.endsWith('/nodes/1.js'));
	if (app && errorPage) app.imports = [...(app.imports ?? []), errorPage];
	// A chunk that is not an entry keeps none: SvelteKit only starts its walks at entries, and
	// reads CSS from dynamic imports one level deep, which is what the entries now carry.
	for (const chunk of Object.values(out)) if (!chunk.isEntry) delete chunk.dynamicImports;
	return out;
}

/** Rewrites the client build's manifest before SvelteKit reads it. */
export function staticPreloads(): Plugin {
	let manifestPath: string | null = null;
	return {
		name: 'legwork:static-preloads',
		apply: 'build',
		configResolved(config) {
			if (config.build.ssr || !config.build.manifest) return;
			const name =
				typeof config.build.manifest === 'string' ? config.build.manifest : '.vite/manifest.json';
			manifestPath = resolve(config.root, config.build.outDir, name);
		},
		writeBundle() {
			if (!manifestPath) return;
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
			writeFileSync(manifestPath, JSON.stringify(hoistDynamicImports(manifest), null, '\t'));
		}
	};
}
