// SDK: windmill-client 1.818.0 client.mjs step(): the callback returns the response's `data` (the parsed JSON body), which JSON keeps.
import axios from "axios";
import { step, task, workflow } from "windmill-client";

const github = axios.create({
  baseURL: "https://api.github.com",
  headers: { Accept: "application/vnd.github+json" },
});

const labelIssue = task(async (repo: string, issue: number, labels: string[]) => {
  const res = await github.post(`/repos/${repo}/issues/${issue}/labels`, { labels });
  return res.status === 200 ? labels : [];
});

export const main = workflow(async (repo: string, issue: number) => {
  const { title } = await step("issue", async () => {
    const res = await github.get(`/repos/${repo}/issues/${issue}`);
    return { title: res.data.title as string, status: res.status };
  });
  const labels = title.toLowerCase().includes("crash") ? ["bug", "p1"] : ["triage"];
  return await labelIssue(repo, issue, labels);
});
