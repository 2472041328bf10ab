// SDK: windmill-client 1.818.0 client.mjs: the body calls only the pure members of the object; the one that POSTs is called from a task.
import { task, workflow } from "windmill-client";

const slack = {
  preview: (text: string) => `:rocket: ${text}`,
  async notify(text: string): Promise<number> {
    const res = await fetch("https://hooks.slack.example.com/T000", { method: "POST", body: JSON.stringify({ text }) });
    return res.status;
  },
};

const announce = task(async (text: string) => await slack.notify(text));
const release = task(async (version: string) => ({ version }));

export const main = workflow(async (version: string) => {
  const r = await release(version);
  await announce(slack.preview(`released ${r.version}`));
  return r;
});
