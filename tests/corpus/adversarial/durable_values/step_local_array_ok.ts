// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the step's own array is returned and checkpointed; the body assigns it from the step's result.
import { sleep, step, workflow } from "windmill-client";

export const main = workflow(async (hosts: string[]) => {
  const down = await step("ping_all", () => {
    const result: string[] = [];
    for (const host of hosts) if (!host.endsWith(".internal")) result.push(host);
    return result;
  });
  const summary: Record<string, boolean> = {};
  for (const h of hosts) summary[h] = !down.includes(h);
  await sleep(300);
  return { down, summary };
});
