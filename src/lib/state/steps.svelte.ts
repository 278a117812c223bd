// A long page drawn a part at a time: part 1 once what the page drew first is on the screen,
// part 2 once part 1 is, and so on. With a year of walks, drawing Progress or the report all at
// once held a phone's screen still for one long moment; a part at a time, each task is short
// and the top of the page is seen first. Printing, and a page with little to draw, show every
// part at once.

export class Steps {
	#shown = $state(0);
	#count: number;
	#painted: () => Promise<void>;
	#begun = false;

	/**
	 * `count`: how many parts follow what the page draws first. `painted`: resolves once what is
	 * drawn now is on the screen (`app.afterPaint()` in the app).
	 */
	constructor(count: number, painted: () => Promise<void>) {
		this.#count = count;
		this.#painted = painted;
	}

	/** How many parts are drawn, 0 to `count`. */
	get shown(): number {
		return this.#shown;
	}

	/** Every part is drawn. */
	get done(): boolean {
		return this.#shown >= this.#count;
	}

	/**
	 * Once the page's data is read: steps on one part after each paint, to the last. Called
	 * again, it does nothing more. `all`: there is little to draw, so every part comes at once.
	 * `first`: work the first part needs (figures worked out from the data), done after a paint
	 * of its own, so that working them out and drawing them are two short tasks, not one long.
	 */
	begin({ all = false, first }: { all?: boolean; first?: () => void } = {}): void {
		if (all) return this.all();
		if (this.#begun) return;
		this.#begun = true;
		void this.#step(first);
	}

	/** Every part at once: before printing, or when stepping would only put the last part later. */
	all(): void {
		this.#begun = true;
		this.#shown = this.#count;
	}

	async #step(first?: () => void): Promise<void> {
		if (first) {
			await this.#painted();
			if (this.#shown === 0) first();
		}
		while (this.#shown < this.#count) {
			await this.#painted();
			this.#shown = Math.min(this.#count, this.#shown + 1);
		}
	}
}
