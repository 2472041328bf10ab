// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the value is checkpointed as JSON; URL has toJSON, so it comes back as its href string and `.searchParams` is undefined on replay.
import { step, task, workflow } from "windmill-client";

const download = task(async (href: string) => ({ href, bytes: 1024 }));

export const main = workflow(async (base: string, file: string) => {
  const target = await step("target", () => new URL(file, base)); // expect: WAC107
  if (target.searchParams.has("sig")) return { signed: true };
  return await download(target.href);
});
