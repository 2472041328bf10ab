// SDK: windmill-client 1.818.0 client.mjs _runInlineStep raises StepSuspend (mode inline_checkpoint) when the fast path is off; a catch around step() receives it.
import { step, task, workflow } from "windmill-client";

const publish = task(async (slug: string, body: string) => ({ slug, url: `https://docs.example.com/${slug}` }));

export const main = workflow(async (slug: string, source: string) => {
  let body = source;
  try {
    body = await step("render", async () => {
      const res = await fetch("https://render.example.com/api/md", { method: "POST", body: source });
      return await res.text();
    });
  } catch (e) { // expect: WAC202
    console.error("render failed, publishing raw markdown", e);
  }
  return await publish(slug, body);
});
