// SDK: windmill-client 1.818.0 client.mjs requestInteractiveSlackApproval(): sent once from a step, the step result is checkpointed.
import * as wmill from "windmill-client";
import { step, task, waitForApproval, workflow } from "windmill-client";

const draft = task(async (title: string) => ({ title, body: `Release ${title}` }));

export const main = workflow(async (title: string) => {
  const d = await draft(title);
  await step("ask_slack", async () => {
    await wmill.requestInteractiveSlackApproval({ slackResourcePath: "f/slack/bot", channelId: "C123", message: d.body });
    return true;
  });
  const ok = await waitForApproval({ timeout: 7200 });
  return ok.approved;
});
