// Chart.js is fetched only when a chart is about to be drawn, and drawing the first chart runs
// most of it. V8 compiles a function the first time it is called, on the main thread, unless
// the file asks for all of it at once: the `//# allFunctionsCalledOnLoad` comment (Chrome 136
// and later; other browsers read it as a comment) lets V8 compile it while it is fetched, on a
// thread of its own. See docs/decisions.md, "Speed and its measures".
import type { Plugin } from 'vite';

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** True for a chunk that holds Chart.js: the only file of ours whose code nearly all runs. */
export function wantsHint(moduleIds: readonly string[]): boolean {
	return moduleIds.some((id) => /node_modules[\\/]chart\.js[\\/]/.test(id));
}

export function compileHints(): Plugin {
	return {
		name: 'legwork-compile-hints',
		apply: 'build',
		// After minifying, which drops comments (in `renderChunk` the comment is lost). The
		// file's name is given by then: the comment is the same in every build, so a name still
		// stands for one content.
		generateBundle(_options, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'chunk' && wantsHint(file.moduleIds) && !file.code.startsWith(HINT))
					file.code = HINT + file.code;
		}
	};
}
