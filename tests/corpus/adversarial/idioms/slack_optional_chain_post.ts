// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays after each suspension; `slack?.chat.postMessage(...)` sends whenever a token was given, once per replay.
import { WebClient } from "@slack/web-api";
import { task, workflow } from "windmill-client";

const rotateKeys = task(async function rotateKeys(service: string) {
  return { service, rotated: 3 };
});

export const main = workflow(async (service: string, slackToken?: string) => {
  const slack = slackToken ? new WebClient(slackToken) : undefined;
  const result = await rotateKeys(service);
  await slack?.chat.postMessage({ channel: "#security", text: `rotated ${result.rotated} keys` }); // expect: WAC101
  return result;
});
