import { task, workflow } from "windmill-client";
import * as lib from "/f/lib/barrel_top.ts";

const count = task(async (rows: string[]) => rows.length);

export const main = workflow(async (rows: string[]) => {
  const n = await count(rows);
  const at = lib.clock.now(); // expect: WAC102
  return { n, at, label: lib.eventName("rows") };
});
