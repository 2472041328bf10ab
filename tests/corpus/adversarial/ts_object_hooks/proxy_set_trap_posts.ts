// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; assigning a property of this Proxy runs its `set` trap, which PATCHes the remote state again on each replay.
import { task, workflow } from "windmill-client";

const remoteState = new Proxy({} as Record<string, string>, {
  set(_target, key, value) {
    void fetch(`https://state.example.com/${String(key)}`, { method: "PATCH", body: String(value) });
    return true;
  },
});

const migrate = task(async (tenant: string) => ({ tenant, migrated: true }));

export const main = workflow(async (tenant: string) => {
  remoteState.phase = "migrating"; // expect: WAC101
  return await migrate(tenant);
});
