// The weekly review's words about last week's warnings and the goal.

import type { IsoDate } from '$lib/dates';
import type { WalkWarning } from '$lib/program/types';
import { dayName } from './format';
import { history } from './history';

export const review = {
	endedEarly: 'Walks that ended early:',
	endedEarlyLine: (date: IsoDate, warning: WalkWarning) =>
		`${dayName(date)}: ${history.endedBy[warning].toLowerCase()}.`,
	goalMissing: 'Choose your goal for this week.'
};
