// SDK: windmill-client 1.818.0 client.mjs requestInteractiveSlackApproval(): posts a Slack message through the API; the body posts again on every replay.
import * as wmill from "windmill-client";
import { task, waitForApproval, workflow } from "windmill-client";

const draft = task(async (title: string) => ({ title, body: `Release ${title}` }));

export const main = workflow(async (title: string) => {
  const d = await draft(title);
  await wmill.requestInteractiveSlackApproval({ slackResourcePath: "f/slack/bot", channelId: "C123", message: d.body }); // expect: WAC101
  const ok = await waitForApproval({ timeout: 7200 });
  return ok.approved;
});
