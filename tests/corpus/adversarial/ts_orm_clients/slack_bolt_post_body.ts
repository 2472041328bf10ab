// SDK: windmill-client 1.818.0 client.mjs: the body replays; a Bolt app's client posts the message on every replay.
import { App } from "@slack/bolt";
import { task, workflow } from "windmill-client";

const app = new App({ token: "xoxb-1", signingSecret: "s" });

const summary = task(async (n: number) => `${n} new signups`);

export const main = workflow(async (n: number) => {
  const text = await summary(n);
  await app.client.chat.postMessage({ channel: "#growth", text }); // expect: WAC101
  return text;
});
