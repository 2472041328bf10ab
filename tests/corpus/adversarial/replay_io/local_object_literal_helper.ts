// SDK: windmill-client 1.818.0 client.mjs: a function held in a module-level object literal runs in the body when the body calls it; its POST repeats on every replay.
import { task, workflow } from "windmill-client";

const slack = {
  preview: (text: string) => `:rocket: ${text}`,
  async notify(text: string): Promise<number> {
    const res = await fetch("https://hooks.slack.example.com/T000", { method: "POST", body: JSON.stringify({ text }) });
    return res.status;
  },
};

const release = task(async (version: string) => ({ version }));

export const main = workflow(async (version: string) => {
  const r = await release(version);
  await slack.notify(slack.preview(`released ${r.version}`)); // expect: WAC101
  return r;
});
