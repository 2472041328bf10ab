// SDK: windmill-client 1.818.0 task(async function named(...)) (fn.name is the key, client.mjs task), parallel(items, task, { concurrency }) given the task itself, a URL built with new URL / searchParams from inputs, a memoizing #private Map of a pure function in a class built in the body
import { parallel, task, workflow } from "windmill-client";

type Transfer = { barcode: string; from: string; to: string; weightKg: number };

const ILS = "https://ils.library.example/api/v3/";

const createManifest = task(async function createManifest(route: string, items: Transfer[]) {
  const url = new URL("transfers/manifests", ILS);
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ route, items }) });
  return (await res.json()) as { manifestId: string; route: string };
});

const printLabel = task(async function printLabel(manifestId: string) {
  const res = await fetch(`${ILS}transfers/manifests/${manifestId}/label`, { method: "POST" });
  return { manifestId, printed: res.ok };
});

class RoutePlanner {
  #cache = new Map<string, string>();

  constructor(private readonly hubs: Record<string, string>) {}

  route(from: string, to: string): string {
    const k = `${from}>${to}`;
    if (!this.#cache.has(k)) {
      const hub = this.hubs[from] ?? "central";
      this.#cache.set(k, hub === this.hubs[to] ? `${from}-${to}` : `${from}-${hub}-${to}`);
    }
    return this.#cache.get(k)!;
  }
}

export const main = workflow(async (transfers: Transfer[], hubs: { [branch: string]: string } = {}, maxKgPerBin: number = 18) => {
  const planner = new RoutePlanner(hubs);
  const byRoute = new Map<string, Transfer[]>();
  for (const t of transfers) {
    const r = planner.route(t.from, t.to);
    byRoute.set(r, [...(byRoute.get(r) ?? []), t]);
  }
  const manifests = [];
  for (const [route, items] of byRoute) {
    let bin: Transfer[] = [];
    let kg = 0;
    for (const it of items) {
      if (kg + it.weightKg > maxKgPerBin && bin.length > 0) {
        manifests.push(await createManifest(route, bin));
        bin = [];
        kg = 0;
      }
      bin.push(it);
      kg += it.weightKg;
    }
    if (bin.length > 0) manifests.push(await createManifest(route, bin));
  }
  const labels = await parallel(manifests.map((m) => m.manifestId), printLabel, { concurrency: 3 });
  const search = new URLSearchParams({ ids: manifests.map((m) => m.manifestId).join(",") });
  return { manifests: manifests.length, unprinted: labels.filter((l) => !l.printed).length, trackUrl: `${ILS}transfers?${search}` };
});
