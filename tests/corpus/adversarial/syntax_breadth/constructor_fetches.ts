// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; `new` runs the class's constructor in the body, and this one starts a request each round.
import { task, workflow } from "windmill-client";

class FeatureFlags {
  ready: Promise<Record<string, boolean>>;

  constructor(endpoint: string) {
    this.ready = fetch(endpoint).then((r) => r.json());
  }
}

const migrateTenant = task(async (tenant: string, useV2: boolean) => ({ tenant, v2: useV2 }));

export const main = workflow(async (tenant: string, flagsUrl: string) => {
  const flags = new FeatureFlags(`${flagsUrl}/tenants/${tenant}`); // expect: WAC101
  const values = await flags.ready;
  return await migrateTenant(tenant, values["schema_v2"] ?? false);
});
