// SDK: windmill-client 1.818.0 client.mjs task("f/path", fn): taskPath names the step's script, fn runs in the child; defined at top level as the guide shows.
import { task, taskFlow, workflow } from "windmill-client";

const sync = task("f/crm/sync_contacts", async (segment: string) => {
  const res = await fetch(`https://crm.example.com/api/segments/${segment}/sync`, { method: "POST" });
  return (await res.json()) as { synced: number };
});

const recompute = taskFlow("f/crm/recompute_scores");

export const main = workflow(async (segments: string[]) => {
  let total = 0;
  for (const s of segments) total += (await sync(s)).synced;
  const scores = await recompute({ segments });
  return { total, scores };
});
