// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the handler registered in the module Map with `set` and fetched by `get` in the body posts to Teams each replay.
import { task, workflow } from "windmill-client";

type Notify = (text: string) => Promise<void>;

const notifiers = new Map<string, Notify>();
notifiers.set("teams", async (text) => {
  await fetch("https://outlook.office.com/webhook/abc", { method: "POST", body: JSON.stringify({ text }) });
});
notifiers.set("console", async (text) => console.log(text));

const build = task(async (release: string) => `release ${release} shipped`);

export const main = workflow(async (release: string, channel: string) => {
  const text = await build(release);
  await notifiers.get(channel)?.(text); // expect: WAC101
  return text;
});
