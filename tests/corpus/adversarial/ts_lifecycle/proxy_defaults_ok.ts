// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; this Proxy's `get` trap only reads a constant table with a default, the same value on every replay.
import { task, workflow } from "windmill-client";

const DEFAULTS: Record<string, string> = { region: "eu-west-1", tier: "standard" };

const settings = new Proxy(DEFAULTS, {
  get: (target, key) => target[String(key)] ?? "unset",
});

const deploy = task(async (service: string, region: string) => ({ service, region }));

export const main = workflow(async (service: string) => {
  const region = settings.region;
  return await deploy(service, region);
});
