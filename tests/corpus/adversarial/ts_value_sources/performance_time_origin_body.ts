// SDK: windmill-client 1.818.0 client.mjs: the body replays; performance.timeOrigin + performance.now() is the wall clock.
import { task, workflow } from "windmill-client";

const record = task(async (at: number, what: string) => ({ at, what }));

export const main = workflow(async (what: string) => {
  const at = Math.round(performance.timeOrigin + performance.now()); // expect: WAC102
  return await record(at, what);
});
