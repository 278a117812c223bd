import { describe, expect, it } from 'vitest';
import { mainAction, type TodayFacts } from './main-action';

const none: TodayFacts = {
	careFirst: false,
	walkTestDue: false,
	walkToday: false,
	walkedTestToday: false,
	reviewDue: false
};

describe('Today’s one main action', () => {
	const rows: [string, Partial<TodayFacts>, ReturnType<typeof mainAction>][] = [
		['nothing to do', {}, null],
		['a walk today', { walkToday: true }, 'walk'],
		['a review waiting and a walk today: the walk', { walkToday: true, reviewDue: true }, 'walk'],
		['a review waiting, no walk today', { reviewDue: true }, 'review'],
		[
			'a walk test due and a walk today: the test',
			{ walkTestDue: true, walkToday: true },
			'walkTest'
		],
		[
			'the test walked today: no training walk, a rest day',
			{ walkToday: true, walkedTestToday: true },
			null
		],
		[
			'the test walked today, a review waiting',
			{ walkToday: true, walkedTestToday: true, reviewDue: true },
			'review'
		],
		[
			'the care status first, over everything',
			{ careFirst: true, walkTestDue: true, walkToday: true, reviewDue: true },
			'care'
		]
	];
	for (const [what, facts, expected] of rows)
		it(what, () => expect(mainAction({ ...none, ...facts })).toBe(expected));
});
