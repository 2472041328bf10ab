// SDK: windmill-client 1.818.0 client.mjs: the body replays, possibly on another worker; process.memoryUsage() differs between runs, so the branch can flip.
import { task, workflow } from "windmill-client";

const small = task(async (rows: number[]) => rows.length);
const big = task(async (rows: number[]) => rows.length * 2);

export const main = workflow(async (rows: number[]) => {
  const free = process.memoryUsage().heapUsed; // expect: WAC102
  return free > 500_000_000 ? await small(rows) : await big(rows);
});
