// SDK: windmill-client 1.818.0 client.mjs `workflow(fn)`: the body function is called again on every replay, and a default parameter is computed at each call, inside the body.
import { task, workflow } from "windmill-client";

const purgeCache = task(async (zone: string, paths: string[]) => ({ zone, purged: paths.length }));

export const main = workflow(async (paths: string[], zone: string = Bun.env.CDN_ZONE ?? "default") => { // expect: WAC102
  return await purgeCache(zone, paths);
});
