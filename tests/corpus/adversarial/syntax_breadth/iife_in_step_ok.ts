// SDK: windmill-client 1.818.0 client.mjs `step`: the callback runs once and its JSON result is replayed; the IIFE and its request run inside the step.
import { step, task, workflow } from "windmill-client";

const applyLimits = task(async (tenant: string, limits: Record<string, number>) => ({ tenant, applied: Object.keys(limits).length }));

export const main = workflow(async (tenant: string, configUrl: string) => {
  const limits = await step("tenant_limits", () =>
    (async () => {
      const res = await fetch(`${configUrl}/tenants/${tenant}/limits`);
      return (await res.json()) as Record<string, number>;
    })(),
  );
  const defaults = (() => ({ cpu: 2, memoryGb: 4 }))();
  return await applyLimits(tenant, { ...defaults, ...limits });
});
