/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Precaches every built file, static file and prerendered page, and answers every navigation
// from that cache, so Legwork opens with no network at all, cold, on any page.

import { build, files, prerendered, version } from '$service-worker';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

const immutable = (url: string) => url.includes('/_app/immutable/');

precacheAndRoute(
	[
		...build.map((url) => ({ url, revision: immutable(url) ? null : version })),
		...files.map((url) => ({ url, revision: version })),
		...prerendered.map((url) => ({ url, revision: version }))
	],
	// A page is the same page whatever its query string says (e.g. /walk?session=…).
	{ ignoreURLParametersMatching: [/.*/], cleanURLs: true }
);

cleanupOutdatedCaches();

// Any other navigation (an old bookmark, a typo) opens Today rather than a browser error.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/')));

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
