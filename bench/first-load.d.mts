/** See first-load.mjs. */
export const BUILD: string;
export interface FirstLoad {
	bytes: number;
	/** Every file the first load fetches, as a path under build/. */
	files: string[];
	/** The files the page's HTML preloads or imports itself. */
	preloaded: string[];
	dexie: boolean;
	chart: boolean;
}
/** Each prerendered page: its name, its HTML file, its budget in kB, and what its load imports. */
export function pages(): [name: string, file: string, budget: number, loads: string[]][];
export function firstLoadOf(htmlFile: string, loads?: string[]): FirstLoad;
export function walk(dir: string): string[];
