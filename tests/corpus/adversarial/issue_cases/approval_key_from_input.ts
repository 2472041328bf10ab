// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: an explicit key names the step (and must be unique); computed from input it is stable but generated.
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const requestSignoff = task(async (env: string, resume: string) => ({ env, resume }));
const promote = task(async (build: string, env: string) => ({ build, env, promoted: true }));

export const main = workflow(async (build: string, env: string) => {
  const urls = await step("urls", () => getApprovalUrls(`promote-${env}`));
  await requestSignoff(env, urls.resume);
  await waitForApproval({ key: `promote-${env}`, timeout: 3600 }); // expect: WAC103
  return await promote(build, env);
});
