// SDK: windmill-client 1.818.0 client.mjs: `matchAll` returns an iterator, which JSON.stringify turns into "{}": the mentions are lost in the checkpoint.
import { task, workflow } from "windmill-client";

const mentions = task(async (text: string) => text.matchAll(/@(\w+)/g)); // expect: WAC107
const notify = task(async (user: string) => ({ user, notified: true }));

export const main = workflow(async (text: string) => {
  const found = await mentions(text);
  const out = [];
  for (const m of found) out.push(await notify(m[1]));
  return out;
});
