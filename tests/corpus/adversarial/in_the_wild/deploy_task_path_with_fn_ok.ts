// SDK: windmill-client 1.818.0 client.mjs task(path, fn, options): a string first names the task's script path, the function second runs in the task's job; taskScript(path) dispatches an existing script.
import { task, taskScript, workflow } from "windmill-client";

const rollout = taskScript("f/deploy/rollout", { timeout: 900 });

const smokeTest = task("f/deploy/smoke_test", async (baseUrl: string) => {
  const res = await fetch(`${baseUrl}/healthz`);
  return { status: res.status, ok: res.ok };
});

export const main = workflow(async (artifactId: string, version: string, baseUrl: string) => {
  const dev = await rollout({ env: "dev", artifactId, version });
  const smoke = await smokeTest(baseUrl);
  return { dev, smoke, status: smoke.ok ? "deployed" : "unhealthy" };
});
