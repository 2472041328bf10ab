// SDK: windmill-client 1.818.0 client.mjs: replay re-runs the body; jp.query over an in-memory object is pure and deterministic.
import jp from "jsonpath";
import { task, workflow } from "windmill-client";

const loadManifest = task(async (repo: string) => {
  const res = await fetch(`https://registry.example.com/api/manifests/${repo}`);
  return (await res.json()) as Record<string, unknown>;
});

const bumpImage = task(async (repo: string, image: string) => ({ repo, image, bumped: true }));

export const main = workflow(async (repo: string) => {
  const manifest = await loadManifest(repo);
  const images = jp.query(manifest, "$..containers[*].image") as string[];
  const outdated = images.filter((i) => i.endsWith(":latest"));
  const results = [];
  for (const image of outdated) results.push(await bumpImage(repo, image));
  return { checked: images.length, bumped: results.length };
});
