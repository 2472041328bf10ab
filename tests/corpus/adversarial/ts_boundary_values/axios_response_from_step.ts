// SDK: windmill-client 1.818.0 client.mjs step(): the callback's result is encoded with JSON.stringify (encodeCheckpointPayload, then the suspend path's wrapper); a whole axios response holds the Node ClientRequest in `request`, a circular object, so the encoding throws and the step never checkpoints.
import axios from "axios";
import { step, task, workflow } from "windmill-client";

const github = axios.create({
  baseURL: "https://api.github.com",
  headers: { Accept: "application/vnd.github+json" },
});

const labelIssue = task(async (repo: string, issue: number, labels: string[]) => {
  await github.post(`/repos/${repo}/issues/${issue}/labels`, { labels });
  return labels;
});

export const main = workflow(async (repo: string, issue: number) => {
  const res = await step("issue", () => github.get(`/repos/${repo}/issues/${issue}`)); // expect: WAC107
  const title: string = res.data.title;
  const labels = title.toLowerCase().includes("crash") ? ["bug", "p1"] : ["triage"];
  return await labelIssue(repo, issue, labels);
});
