// Probe a list of nodes with the registered health checks and attach the account's usage.
import { step, workflow } from "windmill-client";
import "/f/rcc/kit/handlers.ts";
import { HANDLERS } from "/f/rcc/kit/registry.ts";
import Sacct from "/f/rcc/kit/sacct.ts";

export const main = workflow(async (nodes: string[], account: string, month: string) => {
  const results = [];
  for (const node of nodes) {
    const kind = node.startsWith("gl-gpu") ? "gpu" : "cpu";
    results.push(await HANDLERS[kind](node)); // expect: WAC101
  }
  const usage = await Sacct.usage(account, month); // expect: WAC101
  const label = Sacct.fmt(usage.su);
  await step("report", () => ({ results, label }));
  return { unhealthy: results.filter((r) => !r.ok).map((r) => r.node), usage: label };
});
