// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; `Triage` extends `Octokit`, so `this.rest.issues.create(...)` in `file` opens another GitHub issue on every replay.
import { Octokit } from "@octokit/rest";
import { task, workflow } from "windmill-client";

class Triage extends Octokit {
  async file(repo: string, title: string) {
    const [owner, name] = repo.split("/");
    return this.rest.issues.create({ owner, repo: name, title, labels: ["triage"] });
  }
}

const classify = task(async (text: string) => (text.includes("crash") ? "bug" : "question"));

export const main = workflow(async (repo: string, report: string, token: string) => {
  const kind = await classify(report);
  const gh = new Triage({ auth: token });
  const issue = await gh.file(repo, `[${kind}] ${report.slice(0, 60)}`); // expect: WAC101
  return issue.data.number;
});
