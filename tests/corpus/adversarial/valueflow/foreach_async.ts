// SDK: windmill-client 1.818.0 client.mjs: forEach ignores the promises of its async callbacks; the tasks' results and failures are never observed.
import { task, workflow } from "windmill-client";

const notifyOwner = task(async (owner: string, repo: string) => ({ owner, repo, sent: true }));
const scanRepos = task(async (org: string) => [
  { repo: `${org}/api`, owner: "alice" },
  { repo: `${org}/web`, owner: "bob" },
]);

export const main = workflow(async (org: string) => {
  const findings = await scanRepos(org);
  findings.forEach(async (f) => await notifyOwner(f.owner, f.repo)); // expect: WAC106
  return { notified: findings.length };
});
