import { slack } from "/f/shared/slack_api.ts";
import { task, workflow } from "windmill-client";

const release = task(async (version: string) => ({ version }));

export const main = workflow(async (version: string) => {
  const r = await release(version);
  const text = slack.preview(`released ${r.version}`);
  await slack.notify(text); // expect: WAC101
  return r;
});
