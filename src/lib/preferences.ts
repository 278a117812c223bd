// The person's settings as the app starts with them, before any are saved. Here, apart from
// storage, so pages that show no stored data can start without the database code.
import type { Preferences } from '$lib/storage/schema';

export const DEFAULT_PREFERENCES: Preferences = {
	units: 'km',
	theme: 'system',
	speech: true,
	sound: true,
	vibration: true,
	measureDistance: false
};
