// The words of the Learn page "get-help"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{ p: 'Stop walking if you feel unwell. In an emergency, call now.' },
		{ show: 'call-emergency' },
		{
			p: 'These signs need help, most urgent first. Legwork gives guidance, not a diagnosis: if you are worried, get help.'
		},
		{ show: 'signs-by-urgency' }
	],
	sources: [
		'AHA/ACC guidelines on leg artery disease (2016, 2024).',
		'The shared clinical basis of Legwork, section 4.'
	]
};
