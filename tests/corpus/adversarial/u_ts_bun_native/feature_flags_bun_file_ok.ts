// SDK: windmill-client 1.818.0 workflow()/task()/step() (client.mjs: step checkpoints its value, replays return it); Bun.file / Bun.env read inside the step only
import { task, step, workflow } from "windmill-client";

type Flags = { newPricing: boolean; regions: string[] };

const repriceRegion = task(async function repriceRegion(region: string, newPricing: boolean) {
  const res = await fetch(`https://pricing.internal/regions/${region}/reprice`, {
    method: "POST",
    body: JSON.stringify({ model: newPricing ? "v2" : "v1" }),
  });
  return { region, status: res.status };
});

export const main = workflow(async (dryRun = false) => {
  const { flags, stage } = await step("read_flags", async () => ({
    flags: (await Bun.file("/etc/acme/flags.json").json()) as Flags,
    stage: Bun.env.DEPLOY_STAGE ?? "prod",
  }));
  if (dryRun || stage !== "prod") {
    return { skipped: true, regions: flags.regions };
  }
  const results = [];
  for (const region of flags.regions) {
    results.push(await repriceRegion(region, flags.newPricing));
  }
  return { skipped: false, results };
});
