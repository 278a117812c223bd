// The words of the Learn page "warm-up"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{
			p: 'Start each walk with 5 minutes of slow walking, then stretch your calves and the front of your thighs. End with 5 minutes of slow walking and stretches.'
		},
		{
			p: 'Hold each stretch still for 30 seconds. Do not bounce. A stretch should feel like a pull, never a sharp pain.'
		},
		{ p: 'Hold a wall or a chair for balance.' }
	],
	sources: [
		'AHA/ACC guidelines on leg artery disease (2016): a warm-up and cool-down with every session.',
		'American College of Sports Medicine advice on stretching for older adults.'
	]
};
