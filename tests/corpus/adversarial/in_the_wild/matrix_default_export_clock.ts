// SDK: windmill-client 1.818.0 client.mjs: the workflow body re-runs on every replay; `new Date()` there gives another instant each round, so the branch can change between rounds.
import { task, workflow } from "windmill-client";

const dbl = task(async function dbl(x: number) {
  return x * 2;
});
const inc = task(async function inc(x: number) {
  return x + 1;
});

export default workflow(async function main() {
  const a = await dbl(20);
  const weekend = [0, 6].includes(new Date().getUTCDay()); // expect: WAC102
  return { out: weekend ? a : await inc(a) };
});
