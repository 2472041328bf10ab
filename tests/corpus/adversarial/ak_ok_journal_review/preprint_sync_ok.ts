// SDK: windmill-client 1.818.0: a catch whose `switch (true)` rethrows the suspension in its first case; for...in over an object literal's own keys in insertion order
import { task, workflow } from "windmill-client";

const SERVERS = { arxiv: "https://export.example-arxiv.org/api", biorxiv: "https://api.example-biorxiv.org" } as const;

const listNew = task(async (server: string, since: string) => {
  const res = await fetch(`${server}/new?since=${encodeURIComponent(since)}`);
  if (res.status === 429) throw new Error("rate limited");
  return ((await res.json()) as { ids: string[] }).ids;
});

const importPreprint = task(async (source: string, id: string) => {
  const res = await fetch("https://ems.example-press.org/api/preprints", { method: "POST", body: JSON.stringify({ source, id }) });
  return res.ok;
});

export const main = workflow(async (since: string) => {
  const imported: Record<string, number> = {};
  const skipped: string[] = [];
  for (const source in SERVERS) {
    let ids: string[] = [];
    try {
      ids = await listNew(SERVERS[source as keyof typeof SERVERS], since);
    } catch (e) {
      switch (true) {
        case (e as Error)?.name === "StepSuspend":
          throw e;
        case e instanceof Error && e.message.includes("rate limited"):
          skipped.push(source);
          continue;
        default:
          throw e;
      }
    }
    imported[source] = 0;
    for (const id of ids) {
      if (await importPreprint(source, id)) imported[source] += 1;
    }
  }
  return { imported, skipped };
});
