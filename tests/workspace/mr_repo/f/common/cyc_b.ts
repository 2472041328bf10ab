import { pureA } from "./cyc_a.ts";

export function stampB(): number {
  return Date.now();
}

export function shoutB(label: string): string {
  return pureA(label).toUpperCase();
}

export async function main() {
  return shoutB("b");
}
