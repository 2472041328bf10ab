// SDK: windmill-client 1.818.0 client.mjs _nextStep: task calls settle in the order listed when the body replays, so Promise.race never picks the faster one.
import { task, workflow } from "windmill-client";

const primary = task(async (q: string) => ({ source: "primary", q }));
const fallback = task(async (q: string) => ({ source: "fallback", q }));
const store = task(async (source: string) => source);

export const main = workflow(async (q: string) => {
  const first = await Promise.race([primary(q), fallback(q)]); // expect: WAC105
  return await store(first.source);
});
