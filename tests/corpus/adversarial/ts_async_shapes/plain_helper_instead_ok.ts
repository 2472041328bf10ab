// SDK: windmill-client 1.818.0 client.mjs workflow(): one workflow; the shared loop is a plain async helper main awaits.
import { task, workflow } from "windmill-client";

const provision = task(async (tenant: string) => `db-${tenant}`);

async function provisionAll(tenants: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of tenants) out.push(await provision(t));
  return out;
}

export const main = workflow(async (tenants: string[]) => {
  return await provisionAll(tenants);
});
