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
	const handle: UpdateHandle = {
		apply() {
			wb.addEventListener('controlling', () => window.location.reload());
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
	await wb.register();
	return handle;
}
