// SDK: windmill-client 1.818.0 client.mjs: structuredClone copies the input in memory (no clock, no I/O); changing the copy in the body is ordinary body state rebuilt the same way every replay.
import { task, workflow } from "windmill-client";

type Config = { name: string; replicas: number; env: Record<string, string> };

const apply = task(async (cfg: Config) => ({ applied: cfg.name, replicas: cfg.replicas }));

export const main = workflow(async (base: Config, overrides: { [key: string]: string } = {}) => {
  const draft = structuredClone(base);
  draft.replicas = Math.max(1, Math.min(draft.replicas, 10));
  Object.assign(draft.env, overrides);
  return await apply(draft);
});
