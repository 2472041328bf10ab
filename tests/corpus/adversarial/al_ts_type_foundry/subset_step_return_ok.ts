// SDK: windmill-client 1.818.0 index.js `_runInlineStep` returns the checkpointed value on replay; the step returns what it purged and the body builds the new manifest from that value
// Team code: webfont subsetting, the purge step returning its work.
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
  const purged = await step("purge_stale", async () => {
    const done: string[] = [];
    for (const subset of stale) {
      await purgeCdn(manifest[subset]);
      done.push(subset);
    }
    return done;
  });
  const kept = Object.fromEntries(Object.entries(manifest).filter(([k]) => !purged.includes(k)));
  const entries = await uploadManifest(family, kept);
  return { family, entries };
});
