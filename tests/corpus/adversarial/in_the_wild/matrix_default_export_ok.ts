// SDK: windmill-client 1.818.0 client.mjs task(async function name(x){...}) takes the function's own name; `export default workflow(async function main(){...})` is the entry point (as Windmill's WAC behaviour matrix writes it); a Date built from a literal is deterministic.
import { step, task, workflow } from "windmill-client";

const dbl = task(async function dbl(x: number) {
  return x * 2;
});
const inc = task(async function inc(x: number) {
  return x + 1;
});

export default workflow(async function main() {
  const cutoff = await step("cutoff", () => new Date("2026-01-01T00:00:00Z").toISOString());
  const a = await dbl(20);
  return { out: await inc(a), cutoff };
});
