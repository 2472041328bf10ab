// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: the body replays from the top after each task); Bun.file(p).json() reads the worker's disk, Bun.env is process.env
import { task, workflow } from "windmill-client";

type Flags = { newPricing: boolean; regions: string[] };

const repriceRegion = task(async function repriceRegion(region: string, newPricing: boolean) {
  const res = await fetch(`https://pricing.internal/regions/${region}/reprice`, {
    method: "POST",
    body: JSON.stringify({ model: newPricing ? "v2" : "v1" }),
  });
  return { region, status: res.status };
});

async function loadFlags(): Promise<Flags> {
  return (await Bun.file("/etc/acme/flags.json").json()) as Flags;
}

export const main = workflow(async (dryRun = false) => {
  const flags = await loadFlags(); // expect: WAC101
  const stage = Bun.env.DEPLOY_STAGE ?? "prod"; // expect: WAC102
  if (dryRun || stage !== "prod") {
    return { skipped: true, regions: flags.regions };
  }
  const results = [];
  for (const region of flags.regions) {
    results.push(await repriceRegion(region, flags.newPricing));
  }
  return { skipped: false, results };
});
