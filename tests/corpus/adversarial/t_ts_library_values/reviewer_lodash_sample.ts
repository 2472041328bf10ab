// SDK: client.mjs 1.818.0 workflow(fn) replays the body after each task; lodash's sample picks with Math.random, so each replay may pick another reviewer than the one the first task was dispatched for
import { sample } from "lodash-es";
import { task, waitForApproval, workflow } from "windmill-client";

type PullRequest = { repo: string; number: number; author: string };

const requestReview = task(async function requestReview(repo: string, number: number, reviewer: string) {
  const res = await fetch(`https://api.github.com/repos/${repo}/pulls/${number}/requested_reviewers`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}`, Accept: "application/vnd.github+json" },
    body: JSON.stringify({ reviewers: [reviewer] }),
  });
  return { reviewer, requested: res.ok };
});

const mergePr = task(async function mergePr(repo: string, number: number) {
  const res = await fetch(`https://api.github.com/repos/${repo}/pulls/${number}/merge`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
  });
  return { merged: res.ok };
});

export const main = workflow(async (pr: PullRequest, team: string[]) => {
  const candidates = team.filter((m) => m !== pr.author);
  const reviewer = sample(candidates) ?? "platform-oncall"; // expect: WAC102
  await requestReview(pr.repo, pr.number, reviewer);
  const decision = await waitForApproval({ timeout: 2 * 24 * 3600 });
  if (!decision.approved) return { merged: false, reviewer };
  return { ...(await mergePr(pr.repo, pr.number)), reviewer };
});
