// The words of the counts (progress/counts.ts): one text wherever walks, sessions and tests are
// counted, so Progress, History, the report and the restore preview say the same thing.

import type { Counts } from '$lib/progress/counts';
import { plural } from './format';

export const counts = {
	walks: (n: number) => plural(n, 'walk', 'walks'),
	tests: (n: number) => plural(n, 'walk test', 'walk tests'),
	/** "5 walks, 1 of them added by hand; 3 sessions done and 1 stopped early; 2 walk tests" */
	summary: (c: Omit<Counts, 'legRaiseMs'>) =>
		`${plural(c.walks, 'walk', 'walks')}${c.byHand ? `, ${c.byHand} of them added by hand` : ''}; ` +
		`${plural(c.done, 'session', 'sessions')} done` +
		`${c.attempted ? ` and ${c.attempted} stopped early` : ''}; ` +
		`${plural(c.tests, 'walk test', 'walk tests')}`,
	sinceStart: (summary: string) => `Since you started: ${summary}.`,
	help: 'A walk counts as a session once you have walked at least half of its target, or you chose to count it. Two walks on one day count once. Walk tests are counted apart.'
};
