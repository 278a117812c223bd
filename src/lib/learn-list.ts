// The list of Learn pages, each with its name and the line about it: a module of its own, so only
// the list carries the lines (a Learn page shares lib/learn.ts with the list, and a module it
// imports is in every page that imports it).

import { LEARN_TOPICS, type LearnTopicInfo } from '$lib/learn';
import { learnSummaries } from '$lib/messages/learn-summaries';
import { learnTitles } from '$lib/messages/learn-topics';

export function learnPages(): LearnTopicInfo[] {
	return LEARN_TOPICS.map((topic) => ({
		topic,
		title: learnTitles[topic],
		summary: learnSummaries[topic]
	}));
}
