// SDK: windmill-client 1.818.0 client.mjs `task`: the listing runs inside its own step once; the body loops over the replayed result and calls a task per issue (keys by call order).
import { Octokit } from "@octokit/rest";
import { task, workflow } from "windmill-client";

const listOpenIssues = task(async function listOpenIssues(owner: string, repo: string, token: string) {
  const octokit = new Octokit({ auth: token });
  const numbers: number[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo })) {
    numbers.push(...page.data.map((i) => i.number));
  }
  return numbers;
});

const triageIssue = task(async function triageIssue(repo: string, issue: number) {
  return { repo, issue, label: "needs-triage" };
});

export const main = workflow(async (owner: string, repo: string, token: string) => {
  const numbers = await listOpenIssues(owner, repo, token);
  const labelled = [];
  for (const n of numbers) {
    labelled.push(await triageIssue(repo, n));
  }
  return labelled;
});
