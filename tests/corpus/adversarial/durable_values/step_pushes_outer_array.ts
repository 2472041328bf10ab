// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: a checkpointed step's function is not called on replay; the pushes are gone after the sleep.
import { sleep, step, workflow } from "windmill-client";

export const main = workflow(async (hosts: string[]) => {
  const down: string[] = [];
  for (const host of hosts) {
    await step("ping", () => {
      if (!host.endsWith(".internal")) down.push(host); // expect: WAC104
      return host;
    });
  }
  await sleep(300);
  return { down };
});
