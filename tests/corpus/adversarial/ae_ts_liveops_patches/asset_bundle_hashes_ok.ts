// SDK: windmill-client 1.818.0 client.mjs: `Bun.hash` and `Bun.CryptoHasher` of the inputs are pure, so a shard picked by hash is the same on every replay; options checked with `satisfies` use only `TaskOptions` keys
import { task, step, workflow } from "windmill-client";

type TaskOptions = { timeout?: number; tag?: string; priority?: number };

const BUILD_OPTS = { timeout: 3600, tag: "unity-builders", priority: 5 } satisfies TaskOptions;
const BUILDERS = ["builder-a", "builder-b", "builder-c", "builder-d"] as const;

type Bundle = { name: string; platform: "pc" | "console" | "mobile"; sources: string[] };

const buildBundle = task(async (bundle: Bundle, builder: string) => {
  const r = await fetch(`https://ci.stormforge-games.example/${builder}/bundles`, {
    method: "POST",
    body: JSON.stringify(bundle),
  });
  return (await r.json()) as { url: string; sha256: string; bytes: number };
}, BUILD_OPTS);

const registerCatalog = task(async (platform: string, entries: { name: string; url: string; sha256: string }[]) => {
  await fetch(`https://catalog.stormforge-games.example/${platform}`, { method: "PUT", body: JSON.stringify(entries) });
});

function builderFor(bundle: Bundle): string {
  const h = Number(Bun.hash(`${bundle.platform}:${bundle.name}`) % BigInt(BUILDERS.length));
  return BUILDERS[h];
}

function contentKey(bundle: Bundle): string {
  const hasher = new Bun.CryptoHasher("sha256");
  for (const s of [...bundle.sources].sort()) hasher.update(s);
  return hasher.digest("hex");
}

export const main = workflow(async (bundles: Bundle[]) => {
  const keys = bundles.map((b) => ({ name: b.name, key: contentKey(b) }));
  const built = await Promise.all(bundles.map((b) => buildBundle(b, builderFor(b))));
  const startedAt = await step("catalog_started", () => new Date().toISOString());
  for (const platform of ["pc", "console", "mobile"] as const) {
    const entries = bundles
      .map((b, i) => ({ b, r: built[i] }))
      .filter(({ b }) => b.platform === platform)
      .map(({ b, r }) => ({ name: b.name, url: r.url, sha256: r.sha256 }));
    if (entries.length > 0) await registerCatalog(platform, entries);
  }
  return { startedAt, bundles: keys, bytes: built.reduce((n, r) => n + r.bytes, 0) };
});
