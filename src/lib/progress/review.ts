// The weekly review's question: what got in the way of walking last week.

export { OBSTACLES, type Obstacle } from '$lib/records';
