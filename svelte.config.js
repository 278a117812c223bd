import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Static files only: every page is prerendered, there is no server and no SPA fallback.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// We register the service worker ourselves with workbox-window (update prompt, walk guard).
		serviceWorker: { register: false },
		prerender: { handleHttpError: 'fail' },
		version: { pollInterval: 0 }
	}
};

export default config;
