// SDK: windmill-client 1.818.0 index.js `task(fn)` runs wherever it is written (the task still runs, keyed `publishCdn`); windmill-oracle `dag` on this file draws `tagRelease` but no node for `Release.publishCdn`: the task is made inside a `namespace` block, not at the module's top level
// Team code: the foundry's release helpers grouped in a TypeScript namespace.
import { task, workflow } from "windmill-client";

namespace Release {
  export const bucket = "fonts-cdn";

  export const publishCdn = task(async function publishCdn(family: string, version: string) { // expect: WAC003
    const r = await fetch(`https://cdn.kernhaus.example/api/${bucket}/publish`, {
      method: "POST",
      body: JSON.stringify({ family, version }),
    });
    return { family, ok: r.ok };
  });
}

const tagRelease = task(async function tagRelease(family: string, version: string) {
  await fetch("https://git.kernhaus.example/api/tags", {
    method: "POST",
    body: JSON.stringify({ name: `${family}-v${version}` }),
  });
  return `${family}-v${version}`;
});

export const main = workflow(async (family: string, version: string) => {
  const tag = await tagRelease(family, version);
  const published = await Release.publishCdn(family, version);
  return { tag, published };
});
