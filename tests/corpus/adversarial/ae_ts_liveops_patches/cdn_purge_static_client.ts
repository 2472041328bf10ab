// SDK: windmill-client 1.818.0 client.mjs: only `task` / `step` bodies run outside the replayed workflow body; `EdgeCdn.purge` is a static method called from the body, so its `fetch` PURGE runs again on every replay
import { task, sleep, workflow } from "windmill-client";

class EdgeCdn {
  static readonly base = "https://cdn-api.stormforge-games.example/v1";
  static #headers = { authorization: "Bearer from-resource", "content-type": "application/json" };

  static async purge(paths: string[]): Promise<number> {
    const r = await fetch(`${EdgeCdn.base}/purge`, {
      method: "POST",
      headers: EdgeCdn.#headers,
      body: JSON.stringify({ paths }),
    });
    return ((await r.json()) as { purged: number }).purged;
  }

  static manifestPaths(build: string, locales: readonly string[]): string[] {
    return locales.map((l) => `/patches/${build}/${l}/manifest.json`);
  }
}

const uploadPatch = task(async (build: string, locale: string) => {
  const r = await fetch(`https://artifacts.stormforge-games.example/builds/${build}/${locale}/publish`, { method: "POST" });
  return (await r.json()) as { bytes: number };
});

const verifyEdge = task(async (url: string) => {
  const r = await fetch(url, { method: "HEAD" });
  return r.status;
});

const LOCALES = ["en", "fr", "de", "ja", "pt-BR"] as const;

export const main = workflow(async (build: string) => {
  const uploads = await Promise.all(LOCALES.map((l) => uploadPatch(build, l)));
  const purged = await EdgeCdn.purge(EdgeCdn.manifestPaths(build, LOCALES)); // expect: WAC101
  await sleep(120);
  const statuses = await Promise.all(
    EdgeCdn.manifestPaths(build, LOCALES).map((p) => verifyEdge(`https://cdn.stormforge-games.example${p}`)),
  );
  return { build, bytes: uploads.reduce((n, u) => n + u.bytes, 0), purged, healthy: statuses.every((s) => s === 200) };
});
