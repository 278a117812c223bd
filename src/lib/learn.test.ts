import { describe, expect, it } from 'vitest';
import { learnPage } from './learn';
import { learnPages } from './learn-list';

describe('Learn pages', () => {
	it('has the words of every listed page, each with its sources', async () => {
		for (const { topic, title } of learnPages()) {
			const page = await learnPage(topic);
			expect(page?.title).toBe(title);
			expect(page?.blocks.length).toBeGreaterThan(0);
			expect(page?.sources.length).toBeGreaterThan(0);
		}
	});

	it('has no page for a topic it does not list', async () => {
		expect(await learnPage('nothing-here')).toBeNull();
		expect(await learnPage('../messages')).toBeNull();
	});
});
