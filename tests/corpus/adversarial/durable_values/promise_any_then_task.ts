// SDK: windmill-client 1.818.0 client.mjs _nextStep: task calls settle in the order listed when the body replays, so Promise.any takes the first listed mirror that succeeded, never the faster one.
import { task, workflow } from "windmill-client";

const mirrorA = task(async (pkg: string) => ({ from: "a", pkg }));
const mirrorB = task(async (pkg: string) => ({ from: "b", pkg }));
const record = task(async (from: string) => from);

export const main = workflow(async (pkg: string) => {
  const first = await Promise.any([mirrorA(pkg), mirrorB(pkg)]); // expect: WAC105
  return await record(first.from);
});
