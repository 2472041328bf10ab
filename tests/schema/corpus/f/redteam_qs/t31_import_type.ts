import type { Options } from "./types";
import { type Other } from "./other";

export async function main(opts: Options, other: Other, n = 1) {
  return opts;
}
