// SDK: windmill-client 1.818.0 client.mjs: an async IIFE in the workflow body runs as body code on every replay, so its request is sent each round.
import { task, workflow } from "windmill-client";

const applyLimits = task(async (tenant: string, limits: Record<string, number>) => ({ tenant, applied: Object.keys(limits).length }));

export const main = workflow(async (tenant: string, configUrl: string) => {
  const limits = await (async () => {
    const res = await fetch(`${configUrl}/tenants/${tenant}/limits`); // expect: WAC101
    return (await res.json()) as Record<string, number>;
  })();
  return await applyLimits(tenant, limits);
});
