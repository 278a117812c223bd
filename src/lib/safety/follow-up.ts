// After a walk that ended on a warning, Today asks whether the person has spoken to their care
// team, until they say they have. Pure: walks and answers in, the open question out.

import type { IsoDate } from '$lib/dates';
import type { DoneSession, WalkWarning } from '$lib/program/types';

export interface FollowUpAnswer {
	at: number;
	/** "Yes, and they said I can carry on". */
	spoken: boolean;
	/** The walk's date the answer is about. */
	about: IsoDate;
}

export interface OpenFollowUp {
	date: IsoDate;
	warning: WalkWarning;
	/** The person said "not yet". */
	waiting: boolean;
}

/** The latest walk that ended on a warning, unless the person has since said they spoke to someone. */
export function openFollowUp(
	walks: readonly DoneSession[],
	answers: readonly FollowUpAnswer[]
): OpenFollowUp | null {
	const warned = walks
		.filter((w) => w.endedBy !== null)
		.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
	if (!warned || !warned.endedBy) return null;
	// Newest first; at the same moment a "yes" wins, since nothing can be answered after it.
	const about = answers
		.filter((a) => a.about >= warned.date)
		.sort((a, b) => b.at - a.at || Number(b.spoken) - Number(a.spoken));
	if (about[0]?.spoken) return null;
	return { date: warned.date, warning: warned.endedBy, waiting: about.length > 0 };
}
