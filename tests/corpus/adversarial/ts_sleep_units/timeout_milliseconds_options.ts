// SDK: windmill-client 1.818.0 client.mjs: task and approval timeouts are seconds (TaskOptions.timeout, waitForApproval's timeout); `10 * 60 * 1000` and a `*Ms` value are milliseconds, a thousand times longer than meant.
import { task, waitForApproval, workflow } from "windmill-client";

const transcode = task(async (url: string) => ({ url, done: true }), { timeout: 10 * 60 * 1000 }); // expect: WAC302

export const main = workflow(async (url: string, approvalWindowMs: number = 3600000) => {
  const out = await transcode(url);
  const decision = await waitForApproval({ key: "publish", timeout: approvalWindowMs }); // expect: WAC302
  return { ...out, approved: decision.approved };
});
