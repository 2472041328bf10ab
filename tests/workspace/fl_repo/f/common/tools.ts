// Helpers exported in the ways TypeScript modules export them.
function now(): number {
  return Date.now();
}

function roll(): number {
  return Math.random();
}

function trim(text: string): string {
  return text.trim();
}

// an object of functions named by shorthand
export const utils = { now, roll, trim };

// a local function exported under another name
export { roll as pickOne };

export default class Ticker {
  static tick(): number {
    return performance.now();
  }

  static label(text: string): string {
    return trim(text);
  }
}

export async function main() {
  return trim(" tools ");
}
