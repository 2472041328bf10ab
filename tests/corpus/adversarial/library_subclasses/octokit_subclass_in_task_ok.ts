// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own job; the `Octokit` subclass is built and used inside the task, the body only passes strings and reads the result.
import { Octokit } from "@octokit/rest";
import { task, workflow } from "windmill-client";

class Triage extends Octokit {
  async file(repo: string, title: string) {
    const [owner, name] = repo.split("/");
    return this.rest.issues.create({ owner, repo: name, title, labels: ["triage"] });
  }
}

const classify = task(async (text: string) => (text.includes("crash") ? "bug" : "question"));
const fileIssue = task(async (repo: string, title: string, token: string) => {
  const issue = await new Triage({ auth: token }).file(repo, title);
  return issue.data.number;
});

export const main = workflow(async (repo: string, report: string, token: string) => {
  const kind = await classify(report);
  return await fileIssue(repo, `[${kind}] ${report.slice(0, 60)}`, token);
});
