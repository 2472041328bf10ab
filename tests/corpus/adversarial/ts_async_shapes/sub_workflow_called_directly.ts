// SDK: windmill-client 1.818.0 client.mjs workflow(): Windmill runs `main`; a second workflow() is only a function main awaits, with no checkpoints of its own.
import { task, workflow } from "windmill-client";

const provision = task(async (tenant: string) => `db-${tenant}`);

export const provisionAll = workflow(async (tenants: string[]) => { // expect: WAC005
  const out: string[] = [];
  for (const t of tenants) out.push(await provision(t));
  return out;
});

export const main = workflow(async (tenants: string[]) => {
  return await provisionAll(tenants);
});
