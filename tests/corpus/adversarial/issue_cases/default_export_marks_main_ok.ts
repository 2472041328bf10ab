// SDK: windmill-client 1.818.0 client.mjs workflow(fn) sets fn._is_workflow on fn itself, so `export default workflow(main)` marks the exported main too.
import { step, task, waitForApproval, workflow } from "windmill-client";

const runChecks = task(async (release: string) => ({ release, passed: true }));
const promote = task(async (release: string) => ({ release, promoted: true }));

export async function main(release: string) {
  const checks = await runChecks(release);
  if (!checks.passed) return { release, promoted: false };
  const requestedAt = await step("requested_at", () => new Date().toISOString());
  await waitForApproval({ timeout: 3600 });
  return { ...(await promote(release)), requestedAt };
}

export default workflow(main);  // expect: WAC903
