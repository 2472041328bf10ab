// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the issue is created again each round (duplicates on GitHub).
import { Octokit } from "@octokit/rest";
import { task, workflow } from "windmill-client";

const octokit = new Octokit({ auth: "token" });
const triage = task(async (title: string) => ({ title, severity: "high" }));

export const main = workflow(async (owner: string, repo: string, title: string) => {
  const t = await triage(title);
  await octokit.rest.issues.create({ owner, repo, title, labels: [t.severity] }); // expect: WAC101
  return t;
});
