// The region a locale string names: what the emergency number and the way dates are written
// follow. Pure: the locale comes in as a string (the browser's `navigator.language`).

/** The region of a locale string, upper case: "en-us" → "US"; none ("en") → "". */
export function regionOf(locale: string | undefined): string {
	return /[-_]([A-Za-z]{2})\b/.exec(locale ?? '')?.[1]?.toUpperCase() ?? '';
}
