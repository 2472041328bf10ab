// SDK: client.mjs 1.818.0 _runInlineStep and the task wrapper allocate keys when called; a step that is awaited before the fan-out and tasks all called synchronously from `.map` keep their keys in array order
import { step, task, workflow } from "windmill-client";

type Region = "eu-west-1" | "us-east-1" | "ap-southeast-2";

const warmCache = task(async function warmCache(region: string, paths: string[]) {
  const res = await fetch(`https://cdn-admin.acme.io/${region}/warm`, {
    method: "POST",
    body: JSON.stringify({ paths }),
  });
  return { region, warmed: res.ok ? paths.length : 0 };
});

async function hotPaths(limit: number): Promise<string[]> {
  const res = await fetch(`https://analytics.acme.io/api/top-paths?limit=${limit}`);
  return ((await res.json()) as { paths: string[] }).paths;
}

export const main = workflow(async (regions: Region[], limit = 200) => {
  const paths = await step("hot_paths", () => hotPaths(limit));
  const byRegion = await Promise.all(regions.map((region) => warmCache(region, paths)));
  const total = byRegion.reduce((n, r) => n + r.warmed, 0);
  const summary = await step("summary", () => ({ total, regions: byRegion.map((r) => r.region) }));
  return summary;
});
