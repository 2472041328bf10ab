// SDK: windmill-client 1.818.0 client.mjs step(name, fn): `_runInlineStep` awaits fn() once and checkpoints it; getResumeUrls passed by reference runs there.
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

const notifyApprovers = task(async (channel: string, approve: string, cancel: string) => {
  const res = await fetch(`https://chat.example.com/api/channels/${channel}/messages`, {
    method: "POST",
    body: JSON.stringify({ text: `Deploy? ${approve} / ${cancel}` }),
  });
  return res.ok;
});

const deploy = task(async (service: string, version: string) => ({ service, version, live: true }));

export const main = workflow(async (service: string, version: string) => {
  const urls = await step("urls", getResumeUrls);
  await notifyApprovers("#deploys", urls.resume, urls.cancel);
  await waitForApproval({ timeout: 7200 });
  return await deploy(service, version);
});
