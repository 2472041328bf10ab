// SDK: windmill-client 1.818.0 step() stores JSON.stringify of the result; plain objects of strings/booleans/numbers come back unchanged
// Mirror health probe checkpointed as plain verdicts.
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

async function probeAll(suite: string) {
  const settled = await Promise.allSettled(
    MIRRORS.map((m) => fetch(`${m}/dists/${suite}/Release`, { method: "HEAD" })),
  );
  return settled.map((s, i) => ({
    mirror: MIRRORS[i],
    ok: s.status === "fulfilled" && s.value.ok,
    error: s.status === "rejected" ? String(s.reason) : null,
  }));
}

export const main = workflow(async (suite: string = "bookworm") => {
  const probes = await step("probe_mirrors", () => probeAll(suite));
  const healthy = probes.filter((p) => p.ok).map((p) => p.mirror);
  if (healthy.length === 0) {
    throw new Error(`no mirror reachable: ${probes.map((p) => p.error).join("; ")}`);
  }
  const synced = await syncFrom(healthy[0], suite);
  return { mirror: healthy[0], packages: synced.packages };
});
