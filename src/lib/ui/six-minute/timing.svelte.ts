// What both six-minute walks do while they run: keep the screen on, and hide the menu while the
// test times, so a tap meant for "Turn" or "Leg pain started" cannot leave the page. Called while
// a flow component is set up (it makes an effect of that component).

import type { Device } from '$lib/device/cues';
import { app } from '$lib/state/app.svelte';

export function holdWhileTiming(
	device: Pick<Device, 'holdWakeLock'>,
	screenOn: () => boolean,
	timing: () => boolean
): void {
	$effect(() => {
		if (!screenOn()) return;
		app.testRunning = timing();
		const release = device.holdWakeLock();
		return () => {
			app.testRunning = false;
			release();
		};
	});
}
