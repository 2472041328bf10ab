// SDK: windmill-client 1.818.0 _waitForApproval timeout and _sleep(seconds) are seconds; secondsIn.* of ./durations_ok returns seconds
import { task, step, sleep, waitForApproval, getResumeUrls, workflow } from "windmill-client";
import { secondsIn } from "./durations_ok";

type Deploy = { service: string; version: string; channel: string };

const announce = task(async (channel: string, text: string) => {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text }),
  });
});

const promote = task(async (service: string, version: string, stage: string) => {
  const r = await fetch(`https://deploy.internal/api/${service}/promote`, {
    method: "POST",
    body: JSON.stringify({ version, stage }),
  });
  return r.ok;
});

export const main = workflow(async (d: Deploy) => {
  await promote(d.service, d.version, "canary");
  await sleep(secondsIn.minutes(15));

  const urls = await step("urls", () => getResumeUrls());
  await announce(d.channel, `Canary of ${d.service}@${d.version} looks healthy. Promote? ${urls.approvalPage}`);

  const answer = await waitForApproval({ timeout: secondsIn.hours(8) });
  if (!answer.approved) return { promoted: false };

  await promote(d.service, d.version, "production");
  await announce(d.channel, `${d.service}@${d.version} is live (approved by ${answer.approver})`);
  return { promoted: true };
});
