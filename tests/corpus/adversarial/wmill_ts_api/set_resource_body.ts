// SDK: windmill-client 1.818.0 client.mjs setResource(): a ResourceService update (or create) request.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const refresh = task(async (old: { token: string }) => ({ token: `${old.token}-new` }));

export const main = workflow(async (path: string, old: { token: string }) => {
  const fresh = await refresh(old);
  await wmill.setResource(fresh, path); // expect: WAC101
  return true;
});
