// The plan as an iCalendar (.ics) file, so the phone's own calendar reminds the person:
// a web app cannot ring by itself when it is closed. Built with the `ics` library.

import { createEvents, type EventAttributes } from 'ics';
import { parseIsoDate } from '$lib/dates';
import type { PlannedSession } from './plan';
import { sessionTemplate, totalPlannedMs } from './session-template';
import type { TimeOfDay } from './types';

export const START_HOUR: Record<TimeOfDay, number> = { morning: 9, afternoon: 14, evening: 18 };

export interface CalendarText {
	title: (targetMin: number) => string;
	description: string;
}

export function planToIcs(
	programId: string,
	sessions: readonly PlannedSession[],
	timeOfDay: (session: PlannedSession) => TimeOfDay,
	text: CalendarText
): { ok: true; ics: string } | { ok: false; error: string } {
	const events: EventAttributes[] = sessions
		.filter((s) => s.status === 'today' || s.status === 'upcoming')
		.map((s) => {
			const d = parseIsoDate(s.date);
			const minutes =
				Math.ceil(totalPlannedMs(sessionTemplate(s.track, s.targetMin)) / 60_000 / 5) * 5;
			return {
				uid: `${programId}-${s.date}@legwork`,
				start: [d.getFullYear(), d.getMonth() + 1, d.getDate(), START_HOUR[timeOfDay(s)], 0],
				startInputType: 'local',
				startOutputType: 'local',
				duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
				title: text.title(s.targetMin),
				description: text.description,
				productId: 'legwork/plan',
				calName: 'Legwork walks',
				alarms: [
					{
						action: 'display',
						description: text.title(s.targetMin),
						trigger: { minutes: 15, before: true }
					}
				]
			} satisfies EventAttributes;
		});
	if (events.length === 0) return { ok: false, error: 'empty' };
	const { error, value } = createEvents(events);
	if (error || !value) return { ok: false, error: String(error ?? 'unknown') };
	return { ok: true, ics: value };
}
