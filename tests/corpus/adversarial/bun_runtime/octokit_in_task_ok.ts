// SDK: windmill-client 1.818.0 client.mjs: a module-level client built without I/O and used only inside a task does its request once, in the task's job.
import { Octokit } from "@octokit/rest";
import { task, workflow } from "windmill-client";

const octokit = new Octokit({ auth: "token" });
const triage = task(async (title: string) => ({ title, severity: "high" }));
const openIssue = task(async (owner: string, repo: string, title: string, label: string) => {
  const { data } = await octokit.rest.issues.create({ owner, repo, title, labels: [label] });
  return data.number;
});

export const main = workflow(async (owner: string, repo: string, title: string) => {
  const t = await triage(title);
  return await openIssue(owner, repo, title, t.severity);
});
