// SDK: windmill-client 1.818.0 client.mjs: an un-awaited task promise is still dispatched, but its failure is only logged as "never awaited".
import { task, workflow } from "windmill-client";

const notifyOwner = task(async (owner: string, repo: string) => ({ owner, repo, notified: true }));

export const main = workflow(async (owner: string, repos: string[]) => {
  for (const repo of repos) {
    notifyOwner(owner, repo).then(() => console.log(`notified ${owner} about ${repo}`)); // expect: WAC106
  }
  return { repos: repos.length };
});
