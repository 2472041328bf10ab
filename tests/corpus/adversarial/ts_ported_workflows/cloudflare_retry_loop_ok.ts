// SDK: windmill-client 1.818.0 client.mjs: a Cloudflare step.do retry loop ported with the SDK's sleep; each attempt is its own task call (keys `pollBuild`, `pollBuild_2`, ... in order), the catch rethrows everything but a failed task (by name), and the loop bound is a counter.
import { sleep, task, workflow } from "windmill-client";

const triggerBuild = task(async (project: string, commit: string) => {
  const res = await fetch(`https://ci.example.com/projects/${project}/builds`, {
    method: "POST",
    body: JSON.stringify({ commit }),
  });
  return ((await res.json()) as { buildId: string }).buildId;
});

const pollBuild = task(async (project: string, buildId: string) => {
  const res = await fetch(`https://ci.example.com/projects/${project}/builds/${buildId}`);
  if (res.status >= 500) throw new Error(`ci unavailable: ${res.status}`);
  return (await res.json()) as { state: "queued" | "running" | "passed" | "failed" };
});

export const main = workflow(async (project: string, commit: string, maxPolls: number = 30) => {
  const buildId = await triggerBuild(project, commit);
  let errors = 0;
  for (let poll = 1; poll <= maxPolls; poll++) {
    try {
      const { state } = await pollBuild(project, buildId);
      if (state === "passed" || state === "failed") return { buildId, state, polls: poll };
    } catch (e) {
      if (e instanceof Error && e.name === "TaskError" && ++errors < 3) {
        console.warn(`poll ${poll} failed (${e.message}), retrying`);
      } else {
        throw e;
      }
    }
    await sleep(Math.min(60 * poll, 600));
  }
  return { buildId, state: "timeout", polls: maxPolls };
});
