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
		version: { pollInterval: 0 },
		// Only this origin, for everything. Prerendered pages carry it as a <meta> tag, with
		// hashes for SvelteKit's own inline start-up script; nothing else is inline (the theme
		// script is static/theme.js; no style attributes in prerendered markup). One exception:
		// SvelteKit's route announcer has a fixed style attribute (sveltejs/kit#11993), allowed
		// by its hash alone ('unsafe-hashes' lets a hash match an attribute, nothing more).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
