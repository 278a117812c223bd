// Whom to call: the emergency number (a default from the device's region, editable) and the
// person's care team, if they give one. Pure: the region comes in as a locale string.

import { regionOf } from '$lib/region';

export interface Contacts {
	emergencyNumber: string;
	careTeamName: string;
	careTeamPhone: string;
}

/** Emergency numbers by region; 112 works across the EU and on most mobile phones elsewhere. */
const BY_REGION: Record<string, string> = {
	GB: '999',
	IE: '112',
	US: '911',
	CA: '911',
	AU: '000',
	NZ: '111'
};
const FALLBACK = '112';

export function defaultEmergencyNumber(locales: readonly string[]): string {
	for (const locale of locales) {
		const region = regionOf(locale);
		if (region && BY_REGION[region]) return BY_REGION[region];
		if (region) return FALLBACK;
	}
	return FALLBACK;
}

export function defaultContacts(locales: readonly string[]): Contacts {
	return { emergencyNumber: defaultEmergencyNumber(locales), careTeamName: '', careTeamPhone: '' };
}

export type PhoneError = 'empty' | 'notANumber';

/** A number a phone can dial: digits, with spaces, dashes, brackets and a leading + allowed. */
export function checkPhone(
	raw: string
): { ok: true; number: string } | { ok: false; error: PhoneError } {
	const text = raw.trim();
	if (text === '') return { ok: false, error: 'empty' };
	if (!/^\+?[\d\s\-()]+$/.test(text)) return { ok: false, error: 'notANumber' };
	const digits = text.replace(/[^\d+]/g, '');
	if (digits.replace('+', '').length < 2 || digits.replace('+', '').length > 15) {
		return { ok: false, error: 'notANumber' };
	}
	return { ok: true, number: digits };
}

/** Checks what a person typed as their contacts: the emergency number, and the care team's if any. */
export function checkContacts(
	typed: Contacts
): { ok: true; contacts: Contacts } | { ok: false; emergency?: PhoneError; care?: PhoneError } {
	const emergency = checkPhone(typed.emergencyNumber);
	const care = typed.careTeamPhone.trim() ? checkPhone(typed.careTeamPhone) : null;
	if (!emergency.ok || (care && !care.ok)) {
		return {
			ok: false,
			emergency: emergency.ok ? undefined : emergency.error,
			care: care && !care.ok ? care.error : undefined
		};
	}
	return {
		ok: true,
		contacts: {
			emergencyNumber: emergency.number,
			careTeamName: typed.careTeamName.trim(),
			careTeamPhone: care?.ok ? care.number : ''
		}
	};
}

/** The href that dials a number. */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^\d+]/g, '')}`;
}
