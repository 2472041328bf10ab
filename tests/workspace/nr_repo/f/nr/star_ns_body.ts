import { workflow } from "windmill-client";
import { clock } from "/f/lib/barrel_top.ts";

export const main = workflow(async (label: string) => {
  const started = clock.now(); // expect: WAC102
  return { label, started };
});
