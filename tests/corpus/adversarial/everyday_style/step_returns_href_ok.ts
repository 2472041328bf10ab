// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the step returns the URL's href, a string; the URL is rebuilt from it.
import { step, task, workflow } from "windmill-client";

const download = task(async (href: string) => ({ href, bytes: 1024 }));

export const main = workflow(async (base: string, file: string) => {
  const href = await step("target", () => new URL(file, base).href);
  const target = new URL(href);
  if (target.searchParams.has("sig")) return { signed: true };
  return await download(target.href);
});
