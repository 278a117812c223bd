// Registers the service worker with workbox-window and reports when a new version waits.
// Loaded lazily from the layout, in production builds only.

export interface UpdateHandle {
	/** Tells the waiting worker to take over; the page reloads when it has. */
	apply(): void;
	/** Asks the server whether a newer version exists. */
	check(): Promise<void>;
}

export async function registerServiceWorker(handlers: {
	onUpdateReady: (update: UpdateHandle) => void;
	onOfflineReady: () => void;
}): Promise<UpdateHandle | null> {
	if (!('serviceWorker' in navigator)) return null;
	const { Workbox } = await import('workbox-window');
	const wb = new Workbox('/service-worker.js', { type: 'module', scope: '/' });
	let reloading = false;
	const handle: UpdateHandle = {
		apply() {
			navigator.serviceWorker.addEventListener('controllerchange', () => {
				if (reloading) return;
				reloading = true;
				window.location.reload();
			});
			wb.messageSkipWaiting();
		},
		async check() {
			await wb.update();
		}
	};
	wb.addEventListener('waiting', () => handlers.onUpdateReady(handle));
	wb.addEventListener('activated', (event) => {
		if (!event.isUpdate) handlers.onOfflineReady();
	});
	const registration = await wb.register();
	// workbox-window calls an update found by a later page "external" and may not say "waiting";
	// the registration itself always knows, also of an update left waiting from an earlier visit.
	const notify = () => {
		if (registration?.waiting && navigator.serviceWorker.controller) handlers.onUpdateReady(handle);
	};
	notify();
	registration?.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed') notify();
		});
	});
	return handle;
}
