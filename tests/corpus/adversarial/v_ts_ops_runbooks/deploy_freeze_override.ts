// SDK: windmill-client 1.818.0 waitForApproval raises StepSuspend (an Error) when it suspends; a catch-all around it swallows the suspension; waitForApproval options are timeout, form, selfApproval, key, skin, description
// Deploy during a change freeze: an override approval, "rejected" assumed to throw.
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";

const freezeStatus = task(async (env: string) => {
  const r = await fetch(`https://change.example.com/freeze?env=${env}`);
  return (await r.json()) as { frozen: boolean; until?: string };
});

const postToChannel = task(async (channel: string, text: string) => {
  await fetch("https://chat.example.com/api/chat.postMessage", { method: "POST", body: JSON.stringify({ channel, text }) });
  return channel;
});

const deploy = task(async (service: string, version: string, env: string) => {
  const r = await fetch(`https://deploy.example.com/${env}/${service}`, { method: "POST", body: JSON.stringify({ version }) });
  return (await r.json()) as { deploymentId: string };
});

export const main = workflow(async (service: string, version: string, env: string = "prod") => {
  const freeze = await freezeStatus(env);
  if (freeze.frozen) {
    const urls = await step("override_urls", () => getResumeUrls());
    await postToChannel("#release", `Freeze override requested for ${service}@${version}: ${urls.approvalPage}`);
    try {
      await waitForApproval({
        timeout: 2 * 3600,
        approvers: ["release-managers"], // expect: WAC302
        form: { type: "object", properties: { reason: { type: "string" } } },
      });
    } catch { // expect: WAC202
      return { deployed: false, reason: "override rejected" };
    }
  }
  const { deploymentId } = await deploy(service, version, env);
  return { deployed: true, deploymentId };
});
