// npm run screens: screenshots of every page and every walk, onboarding and safety step, at
// phone and desktop sizes, light and dark, and at 200 % text, into screens/ (not committed).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
	...base,
	testDir: 'tests/screens',
	timeout: 300_000,
	workers: 1
});
