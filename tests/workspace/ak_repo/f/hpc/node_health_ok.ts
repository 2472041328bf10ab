// Probe a list of nodes with the registered health checks and attach the account's usage.
import { step, task, workflow } from "windmill-client";
import "/f/rcc/kit/handlers.ts";
import { HANDLERS } from "/f/rcc/kit/registry.ts";
import Sacct from "/f/rcc/kit/sacct.ts";

const monthUsage = task(async (account: string, month: string) => Sacct.usage(account, month));

export const main = workflow(async (nodes: string[], account: string, month: string) => {
  const results = [];
  for (const node of nodes) {
    const kind = node.startsWith("gl-gpu") ? "gpu" : "cpu";
    results.push(await step("probe", () => HANDLERS[kind](node)));
  }
  const usage = await monthUsage(account, month);
  const label = Sacct.fmt(usage.su);
  await step("report", () => ({ results, label }));
  return { unhealthy: results.filter((r) => !r.ok).map((r) => r.node), usage: label };
});
