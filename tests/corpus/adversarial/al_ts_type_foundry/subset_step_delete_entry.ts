// SDK: windmill-client 1.818.0 index.js `_runInlineStep`: on replay the key is in `completed_steps`, the callback does not run and only its return value (here `undefined`, stored as null) comes back, so the `delete` it made never happens again and `manifest` keeps the purged subsets in later rounds
// Team code: webfont subsetting; stale subsets are purged from the CDN and the manifest in one step.
import { step, task, workflow } from "windmill-client";

const uploadManifest = task(async function uploadManifest(family: string, manifest: Record<string, string>) {
  await fetch(`https://cdn.kernhaus.example/api/manifests/${family}`, {
    method: "PUT",
    body: JSON.stringify(manifest),
  });
  return Object.keys(manifest).length;
});

async function purgeCdn(path: string) {
  await fetch(`https://cdn.kernhaus.example/api/purge?path=${encodeURIComponent(path)}`, { method: "POST" });
}

export const main = workflow(async (family: string, manifest: { [subset: string]: string }, stale: string[]) => {
  await step("purge_stale", async () => {
    for (const subset of stale) {
      await purgeCdn(manifest[subset]);
      delete manifest[subset]; // expect: WAC104
    }
  });
  const entries = await uploadManifest(family, manifest);
  return { family, entries };
});
