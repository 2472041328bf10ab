// SDK: windmill-client 1.818.0 step() stores encodeCheckpointPayload(result) = JSON.stringify: an Error reason becomes {} (message/stack are not enumerable), a fetch Response becomes {}
// Mirror health probe checkpointed as the raw allSettled entries.
import { task, step, workflow } from "windmill-client";

const MIRRORS = [
  "https://mirror-eu.example.org/debian",
  "https://mirror-us.example.org/debian",
  "https://mirror-ap.example.org/debian",
];

const syncFrom = task(async (mirror: string, suite: string) => {
  const r = await fetch(`https://pkg.internal/sync`, { method: "POST", body: JSON.stringify({ mirror, suite }) });
  return (await r.json()) as { packages: number };
});

export const main = workflow(async (suite: string = "bookworm") => {
  const probes = await step("probe_mirrors", () =>
    Promise.allSettled(MIRRORS.map((m) => fetch(`${m}/dists/${suite}/Release`, { method: "HEAD" }))), // expect: WAC107
  );

  const healthy = MIRRORS.filter((_, i) => probes[i].status === "fulfilled");
  const errors = probes.flatMap((p) => (p.status === "rejected" ? [p.reason.message] : []));
  if (healthy.length === 0) throw new Error(`no mirror reachable: ${errors.join("; ")}`);

  const synced = await syncFrom(healthy[0], suite);
  return { mirror: healthy[0], packages: synced.packages, errors };
});
