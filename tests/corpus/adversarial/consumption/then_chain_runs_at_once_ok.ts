// SDK: windmill-client 1.818.0 client.mjs: a task call returns a bare `{ then }` whose then() runs at once: it throws the suspension, or calls back (or throws the TaskError) synchronously, so the loop behaves as if awaited (run against the SDK's WorkflowCtx).
import { task, workflow } from "windmill-client";

const notifyOwner = task(async (owner: string, repo: string) => ({ owner, repo, notified: true }));

export const main = workflow(async (owner: string, repos: string[]) => {
  for (const repo of repos) {
    notifyOwner(owner, repo).then(() => console.log(`notified ${owner} about ${repo}`));
  }
  return { repos: repos.length };
});
