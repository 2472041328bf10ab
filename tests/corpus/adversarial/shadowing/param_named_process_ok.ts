// SDK: windmill-client 1.818.0 client.mjs: only environment reads change between replays; `process` here is the workflow's input object, not Node's process.
import { task, workflow } from "windmill-client";

type ReleaseProcess = { env: "dev" | "staging" | "prod"; steps: string[]; owner: string };

const runStep = task(async (env: string, step: string) => {
  const res = await fetch(`https://ci.example.com/api/${env}/steps/${step}`, { method: "POST" });
  return { step, ok: res.ok };
});

const notifyOwner = task(async (owner: string, failed: string[]) => ({ owner, failed }));

export const main = workflow(async (process: ReleaseProcess) => {
  const results = [];
  for (const step of process.steps) results.push(await runStep(process.env, step));
  const failed = results.filter((r) => !r.ok).map((r) => r.step);
  if (failed.length) await notifyOwner(process.owner, failed);
  return { env: process.env, failed };
});
