// SDK: client.mjs 1.818.0 step() checkpoints the callback's value; lodash's sample runs once inside the step and every replay reads the recorded reviewer
import { sample, sortBy } from "lodash-es";
import { step, task, waitForApproval, workflow } from "windmill-client";

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
  const candidates = sortBy(team.filter((m) => m !== pr.author));
  const reviewer = await step("pick_reviewer", () => sample(candidates) ?? "platform-oncall");
  await requestReview(pr.repo, pr.number, reviewer);
  const decision = await waitForApproval({ timeout: 2 * 24 * 3600 });
  if (!decision.approved) return { merged: false, reviewer };
  return { ...(await mergePr(pr.repo, pr.number)), reviewer };
});
