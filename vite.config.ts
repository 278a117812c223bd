import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
	plugins: [sveltekit()],
	// The app's release, written into backup files.
	define: { __APP_VERSION__: JSON.stringify(pkg.version) },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// One time zone with daylight saving, so week and date tests mean the same everywhere.
		env: { TZ: 'Europe/London' },
		setupFiles: ['src/test-setup.ts']
	}
});
