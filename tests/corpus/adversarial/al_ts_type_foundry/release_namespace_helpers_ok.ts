// SDK: windmill-client 1.818.0 index.js `task(fn)` at module top level; windmill-oracle `dag` draws both tasks. The namespace only holds pure naming helpers the body calls
// Team code: the foundry's release naming kept in a namespace, the tasks at top level.
import { task, workflow } from "windmill-client";

namespace Release {
  export const bucket = "fonts-cdn";
  export function tagName(family: string, version: string): string {
    return `${family.toLowerCase().replaceAll(" ", "-")}-v${version}`;
  }
}

const publishCdn = task(async function publishCdn(family: string, version: string) {
  const r = await fetch(`https://cdn.kernhaus.example/api/${Release.bucket}/publish`, {
    method: "POST",
    body: JSON.stringify({ family, version }),
  });
  return { family, ok: r.ok };
});

const tagRelease = task(async function tagRelease(tag: string) {
  await fetch("https://git.kernhaus.example/api/tags", {
    method: "POST",
    body: JSON.stringify({ name: tag }),
  });
  return tag;
});

export const main = workflow(async (family: string, version: string) => {
  const tag = await tagRelease(Release.tagName(family, version));
  const published = await publishCdn(family, version);
  return { tag, published };
});
