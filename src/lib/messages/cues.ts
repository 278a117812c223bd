export const cues = {
	stepDone: 'Time is up.',
	targetReached: 'You reached today’s target.',
	restWarning: 'Your pain has not gone after 10 minutes. Please stop for today.'
};
