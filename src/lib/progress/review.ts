// The weekly review's question: what got in the way of walking last week.

/** What got in the way of walking last week: the weekly review's question (since v3). */
export type Obstacle = 'weather' | 'pain' | 'tiredness' | 'time' | 'other' | 'nothing';
export const OBSTACLES: readonly Obstacle[] = [
	'nothing',
	'weather',
	'pain',
	'tiredness',
	'time',
	'other'
];
