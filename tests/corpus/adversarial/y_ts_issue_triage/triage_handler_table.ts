// SDK: windmill-client 1.818.0 task() returns a thenable whose then() raises the suspension; a task call nobody awaits is dispatched but its result and failure are lost
import { task, workflow } from "windmill-client";
import { Octokit } from "@octokit/rest";

type Issue = { number: number; title: string; body: string; labels: string[]; author: string };
type Kind = "bug" | "feature" | "question";

const gh = () => new Octokit({ auth: process.env.GITHUB_TOKEN });

const fetchIssue = task(async (repo: string, number: number): Promise<Issue> => {
  const [owner, name] = repo.split("/");
  const { data } = await gh().issues.get({ owner, repo: name, issue_number: number });
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? "",
    labels: data.labels.map((l) => (typeof l === "string" ? l : l.name ?? "")),
    author: data.user?.login ?? "ghost",
  };
});

const labelBug = task(async (repo: string, number: number) => {
  const [owner, name] = repo.split("/");
  await gh().issues.addLabels({ owner, repo: name, issue_number: number, labels: ["bug", "needs-repro"] });
  return "bug";
});

const labelFeature = task(async (repo: string, number: number) => {
  const [owner, name] = repo.split("/");
  await gh().issues.addLabels({ owner, repo: name, issue_number: number, labels: ["enhancement"] });
  return "feature";
});

const answerQuestion = task(async (repo: string, number: number) => {
  const [owner, name] = repo.split("/");
  await gh().issues.createComment({ owner, repo: name, issue_number: number, body: "Please ask usage questions in Discussions." });
  await gh().issues.update({ owner, repo: name, issue_number: number, state: "closed" });
  return "question";
});

const handlers: Record<Kind, (repo: string, n: number) => Promise<string>> = {
  bug: labelBug,
  feature: labelFeature,
  question: answerQuestion,
};

const ops = { notify: task(async (channel: string, text: string) => { // expect: WAC003
  await fetch(process.env.SLACK_WEBHOOK!, { method: "POST", body: JSON.stringify({ channel, text }) });
}) };

function classify(issue: Issue): Kind {
  const t = `${issue.title}\n${issue.body}`.toLowerCase();
  if (/(crash|error|stack trace|regression|broken)/.test(t)) return "bug";
  if (/(how do i|how to|question|\?$)/.test(t)) return "question";
  return "feature";
}

export const main = workflow(async (repo: string, issueNumber: number) => {
  const issue = await fetchIssue(repo, issueNumber);
  const kind = classify(issue);
  handlers[kind](repo, issue.number); // expect: WAC106
  const { notify } = ops;
  await notify("#triage", `#${issue.number} triaged as ${kind}`);
  return { repo, issue: issue.number, kind };
});
