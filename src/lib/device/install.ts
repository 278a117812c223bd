// The browser's install offer (Chromium's beforeinstallprompt), and whether we are on an
// iPhone or iPad, where there is no such offer and a person adds the app from Safari's menu.

export interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export function listenForInstallOffer(
	onOffer: (event: InstallPromptEvent | null) => void
): () => void {
	const offer = (event: Event) => {
		event.preventDefault();
		onOffer(event as InstallPromptEvent);
	};
	const installed = () => onOffer(null);
	window.addEventListener('beforeinstallprompt', offer);
	window.addEventListener('appinstalled', installed);
	return () => {
		window.removeEventListener('beforeinstallprompt', offer);
		window.removeEventListener('appinstalled', installed);
	};
}

export function isStandalone(): boolean {
	return (
		window.matchMedia?.('(display-mode: standalone)').matches ||
		(navigator as Navigator & { standalone?: boolean }).standalone === true
	);
}

export function isAppleMobile(): boolean {
	const ua = navigator.userAgent;
	// iPadOS says it is a Mac, but a Mac has no touch screen.
	return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}
