// SDK: windmill-client 1.818.0 assertUsableRetry (client.mjs: `attempts` must be a whole number between 0 and MAX_RETRY_ATTEMPTS = 100, else task() throws where it is written)
import { task, step, workflow } from "windmill-client";

const MAX_ATTEMPTS = 500;

const waitForBuild = task(
  async function waitForBuild(pipelineId: string) {
    const res = await fetch(`https://ci.internal/pipelines/${pipelineId}`);
    const { state } = (await res.json()) as { state: "running" | "passed" | "failed" };
    if (state === "running") throw new Error("still running");
    return state;
  },
  { retry: { attempts: MAX_ATTEMPTS, delay: 30 } }, // expect: WAC302
);

const promote = task(async function promote(pipelineId: string, env: string) {
  await fetch(`https://deploy.internal/promote`, { method: "POST", body: JSON.stringify({ pipelineId, env }) });
  return env;
});

export const main = workflow(async (pipelineId: string) => {
  const state = await waitForBuild(pipelineId);
  if (state !== "passed") return { promoted: false, state };
  const env = await step("target_env", () => (pipelineId.startsWith("hotfix-") ? "prod" : "staging"));
  return { promoted: true, env: await promote(pipelineId, env) };
});
