// What is on each tap, kept in memory for the taproom display.
class Taplist {
  #lines = new Map<string, string>();

  pour(line: string, beer: string): void {
    this.#lines.set(line, beer);
  }

  current(line: string): string | null {
    return this.#lines.get(line) ?? null;
  }
}

export default new Taplist();
