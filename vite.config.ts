import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compile-hints.js';
import { staticPreloads } from './scripts/static-preloads.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
	plugins: [sveltekit(), staticPreloads(), compileHints()],
	// The app's release, written into backup files.
	define: { __APP_VERSION__: JSON.stringify(pkg.version) },
	build: {
		rolldownOptions: {
			output: {
				// Fewer, larger files for a first visit, without giving any page code it
				// does not use. Only code a page loads before it is drawn ('$initial') is grouped;
				// the database code and Chart.js, loaded later, stay apart.
				codeSplitting: {
					groups: [
						// Svelte and SvelteKit's runtime: one file that every page needs.
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/,
							tags: ['$initial'],
							priority: 2
						},
						// Our modules that (nearly) every page uses: dates, common words, app state.
						// 17 of the 21 pages; figures for other shares are in docs/quality.md.
						{
							name: 'common',
							test: /src[\\/]lib[\\/]/,
							minShareCount: 17,
							tags: ['$initial'],
							priority: 1
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/engines/**/*.test.ts'],
		environment: 'node',
		// One time zone with daylight saving, so week and date tests mean the same everywhere.
		env: { TZ: 'Europe/London' },
		setupFiles: ['src/test-setup.ts']
	}
});
