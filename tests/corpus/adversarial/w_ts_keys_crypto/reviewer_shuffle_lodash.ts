// SDK: windmill-client 1.818.0 replays the body; lodash shuffle/sample use Math.random, so the pick changes per round
import { task, waitForApproval, step, getResumeUrls, workflow } from "windmill-client";
import _ from "lodash";

const notifyReviewer = task(async (reviewer: string, prUrl: string, approvalPage: string) => {
  await fetch("https://chat.internal/dm", {
    method: "POST",
    body: JSON.stringify({ to: reviewer, text: `Please review ${prUrl}: ${approvalPage}` }),
  });
  return reviewer;
});

const mergePr = task(async (prUrl: string) => {
  const res = await fetch(`${prUrl}/merge`, { method: "PUT" });
  return res.ok;
});

export const main = workflow(async (prUrl: string, team: string[]) => {
  const reviewer = _.sample(team) ?? team[0]; // expect: WAC102
  const urls = await step("resume_urls", () => getResumeUrls(reviewer));
  await notifyReviewer(reviewer, prUrl, urls.approvalPage);
  const decision = await waitForApproval({ timeout: 86_400 });
  if (!decision.approved) return { merged: false, reviewer };
  return { merged: await mergePr(prUrl), reviewer };
});
