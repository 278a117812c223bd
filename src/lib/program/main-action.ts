// Today's one main action, by one rule: what the care status asks comes first, then a walk test
// that is due, then today's walk, then the weekly review. Everything else on Today is secondary.

export type MainAction = 'care' | 'walkTest' | 'walk' | 'review' | null;

export interface TodayFacts {
	/** The care status asks the person to talk to their care team, or be seen, before walking. */
	careFirst: boolean;
	/** This program week has a walk test, not yet done. */
	walkTestDue: boolean;
	/** A training walk is planned today and not yet done or ended early. */
	walkToday: boolean;
	/** A walk test was walked today: the rest of the day is a rest day from training walks. */
	walkedTestToday: boolean;
	/** A new week's review is waiting. */
	reviewDue: boolean;
}

export function mainAction(f: TodayFacts): MainAction {
	if (f.careFirst) return 'care';
	if (f.walkTestDue) return 'walkTest';
	if (f.walkToday && !f.walkedTestToday) return 'walk';
	if (f.reviewDue) return 'review';
	return null;
}
