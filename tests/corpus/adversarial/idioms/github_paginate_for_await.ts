// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays after each task; `for await` over Octokit's `paginate.iterator` sends the page requests in the body, again on every replay.
import { Octokit } from "@octokit/rest";
import { task, workflow } from "windmill-client";

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

const triageIssue = task(async function triageIssue(repo: string, issue: number) {
  return { repo, issue, label: "needs-triage" };
});

export const main = workflow(async (owner: string, repo: string) => {
  const labelled = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo })) { // expect: WAC101
    for (const issue of page.data) {
      labelled.push(await triageIssue(repo, issue.number));
    }
  }
  return labelled;
});
