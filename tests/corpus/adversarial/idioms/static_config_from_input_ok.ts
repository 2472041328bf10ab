// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on replay; a static factory that only parses the workflow's input is deterministic, and the config fetch lives in `step`.
import { step, task, workflow } from "windmill-client";

class PurgeConfig {
  constructor(readonly dryRun: boolean, readonly batch: number) {}

  static fromInput(raw: { dryRun?: boolean; batch?: number }): PurgeConfig {
    return new PurgeConfig(raw.dryRun ?? true, Math.min(raw.batch ?? 500, 5000));
  }
}

const purgeBatch = task(async function purgeBatch(table: string, batch: number, dryRun: boolean) {
  return { table, purged: dryRun ? 0 : batch };
});

export const main = workflow(async (table: string, raw: { dryRun?: boolean; batch?: number }, flagsUrl: string) => {
  const config = PurgeConfig.fromInput(raw);
  const killSwitch = await step("kill_switch", async () => (await fetch(flagsUrl)).ok);
  if (killSwitch) return { table, purged: 0 };
  return await purgeBatch(table, config.batch, config.dryRun);
});
