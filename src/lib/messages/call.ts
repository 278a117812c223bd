// The call button's words: on the walk, Today, the start and "When to get help", each of which
// would otherwise carry every sign's words for these two.

export const call = {
	emergency: (number: string) => `Call ${number}`,
	careTeam: (name: string) => (name ? `Call ${name}` : 'Call your care team')
};
