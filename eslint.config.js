import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Pages and components read and change records through the state layer (lib/state),
		// never the database directly; types may still be imported.
		files: ['src/routes/**', 'src/lib/ui/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/storage/*', '**/storage/*'],
							message: 'Use the state layer (src/lib/state) instead of storage in pages and UI.',
							allowTypeImports: true
						}
					]
				}
			]
		}
	},
	{
		// The state layer and the words sit under the screens: they never reach up into them,
		// not even for a type. A type both need lives below, beside the rule it belongs to.
		files: ['src/lib/state/**', 'src/lib/messages/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/ui/*', '**/ui/*', '$lib/ui/**/*'],
							message: 'State and words sit under the screens: move the shared type down.'
						}
					]
				}
			]
		}
	},
	{
		// The domain rules are pure: no database, app state, screens, device or browser. Record
		// shapes they share with storage live in $lib/records.
		files: [
			'src/lib/program/**',
			'src/lib/walk/**',
			'src/lib/progress/**',
			'src/lib/safety/**',
			'src/lib/diary/**',
			'src/lib/distance/**'
		],
		ignores: ['**/*.test.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$lib/storage/*',
								'$lib/state/*',
								'$lib/ui/*',
								'$lib/device/*',
								'**/storage/*',
								'**/state/*',
								'**/ui/*',
								'**/device/*',
								'dexie'
							],
							message:
								'Domain rules stay pure: pass data in; shared record types are in $lib/records.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
					(name) => ({ name, message: 'Domain rules stay pure: no browser APIs.' })
				)
			]
		}
	},
	{
		// One clock: time is read through $lib/device/clock (now()), which lets time flow by the
		// monotonic clock within a page. Tests and the clock itself may read the browser's.
		// One writer of dates and numbers: $lib/messages/format, never Intl.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/device/clock.ts', '**/*.test.ts', 'src/service-worker.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'Read the time with now() from $lib/device/clock.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'Read the time with now() from $lib/device/clock.'
				},
				{
					selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
					message: 'Read the time with now() from $lib/device/clock.'
				},
				// Dates and numbers are written by $lib/messages/format: a page's first Intl
				// formatter sets up the browser's locale data, a long task (docs/decisions.md).
				{
					selector: "MemberExpression[object.name='Intl']",
					message: 'Write dates, times and numbers with $lib/messages/format, not Intl.'
				},
				{
					selector: 'CallExpression[callee.property.name=/^toLocale/]',
					message: 'Write dates, times and numbers with $lib/messages/format, not toLocale*().'
				}
			]
		}
	}
);
