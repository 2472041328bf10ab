// SDK: windmill-client 1.818.0 client.mjs: timeouts given in seconds (`10 * 60`, a window converted with `/ 1000`, a name in seconds).
import { task, waitForApproval, workflow } from "windmill-client";

const transcode = task(async (url: string) => ({ url, done: true }), { timeout: 10 * 60 });

export const main = workflow(async (url: string, approvalWindowMs: number = 3600000, reviewSeconds: number = 600) => {
  const out = await transcode(url);
  const first = await waitForApproval({ key: "review", timeout: reviewSeconds });
  const decision = await waitForApproval({ key: "publish", timeout: Math.round(approvalWindowMs / 1000) });
  return { ...out, reviewed: first.approved, approved: decision.approved };
});
