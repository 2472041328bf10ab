// SDK: windmill-client 1.818.0 client.mjs _allocKey: Promise.any settles with whichever mirror answers first; the task after it depends on timing.
import { task, workflow } from "windmill-client";

const mirrorA = task(async (pkg: string) => ({ from: "a", pkg }));
const mirrorB = task(async (pkg: string) => ({ from: "b", pkg }));
const record = task(async (from: string) => from);

export const main = workflow(async (pkg: string) => {
  const first = await Promise.any([mirrorA(pkg), mirrorB(pkg)]); // expect: WAC105
  return await record(first.from);
});
