// SDK: windmill-client 1.818.0 client.mjs waitForApproval({ key, timeout, description, form }) are read by _waitForApproval; getApprovalUrls(key) inside step() yields the URLs of that very step.
import { getApprovalUrls, step, taskScript, waitForApproval, workflow } from "windmill-client";

const deploy = taskScript("f/eval/deploy_pipeline");
const notify = taskScript("f/eval/notify_oncall");

export const main = workflow(async (service: string, version: string) => {
  const urls = await step("urls", () => getApprovalUrls("release"));
  await notify({ text: `Approve ${service}@${version}`, resume: urls.resume, cancel: urls.cancel });
  const approval = await waitForApproval({
    key: "release",
    timeout: 3600,
    description: { markdown: `Deploy **${service}** ${version}` },
    form: { type: "object", properties: { note: { type: "string" } } },
  });
  return { status: "deployed", approval, result: await deploy({ service, version }) };
});
