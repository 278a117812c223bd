// The person's details for the report (name, date of birth, a clinic number such as an NHS
// number): all optional, kept on this device, shown only on the report and kept in the backup.
// Pure: what was typed in, what is stored or what is wrong with it, field by field.

import type { IsoDate } from '$lib/dates';

export interface ReportDetails {
	name: string;
	/** Date of birth, or '' when not given. */
	born: IsoDate | '';
	/** A clinic or hospital number, e.g. an NHS number. */
	clinicNumber: string;
}

export const EMPTY_DETAILS: ReportDetails = { name: '', born: '', clinicNumber: '' };

export type DetailsField = keyof ReportDetails;
export type DetailsProblem = 'tooLong' | 'notDate' | 'future' | 'tooOld' | 'badCharacters';

export const NAME_MAX = 80;
export const NUMBER_MAX = 30;

export function checkDetails(
	input: ReportDetails,
	today: IsoDate
):
	| { ok: true; details: ReportDetails }
	| { ok: false; problems: Partial<Record<DetailsField, DetailsProblem>> } {
	const details: ReportDetails = {
		name: input.name.trim().replace(/\s+/g, ' '),
		born: input.born.trim() as IsoDate | '',
		clinicNumber: input.clinicNumber.trim().replace(/\s+/g, ' ')
	};
	const problems: Partial<Record<DetailsField, DetailsProblem>> = {};
	if (details.name.length > NAME_MAX) problems.name = 'tooLong';
	if (details.born) {
		const valid =
			/^\d{4}-\d{2}-\d{2}$/.test(details.born) &&
			!Number.isNaN(new Date(`${details.born}T12:00:00`).getTime()) &&
			new Date(`${details.born}T12:00:00`).toISOString().startsWith(details.born);
		if (!valid) problems.born = 'notDate';
		else if (details.born > today) problems.born = 'future';
		else if (details.born < '1900-01-01') problems.born = 'tooOld';
	}
	if (details.clinicNumber.length > NUMBER_MAX) problems.clinicNumber = 'tooLong';
	else if (!/^[\p{L}\p{N} ./-]*$/u.test(details.clinicNumber))
		problems.clinicNumber = 'badCharacters';
	return Object.keys(problems).length ? { ok: false, problems } : { ok: true, details };
}
