// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the closure assignment happens only in the round that ran the step.
import { step, task, workflow } from "windmill-client";

const publish = task(async (version: string) => ({ version }));

export const main = workflow(async (pkg: string) => {
  let version = "0.0.0";
  await step("resolve_version", async () => {
    version = `${pkg}-1.2.3`; // expect: WAC104
  });
  return await publish(version);
});
