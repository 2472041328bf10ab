import type { Config, Entry } from "../redteam_qs_shared/types.ts";
import { Config as C2 } from "/f/redteam_qs_shared/types.ts";

export async function main(cfg: Config, entries: Entry[], c2: C2) {
  return cfg;
}
