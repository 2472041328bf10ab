// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays from the top; the static method `RemoteConfig.load()` fetches the configuration again every round.
import { task, workflow } from "windmill-client";

class RemoteConfig {
  static async load(url: string): Promise<{ dryRun: boolean; batch: number }> {
    const res = await fetch(url, { headers: { accept: "application/json" } });
    return (await res.json()) as { dryRun: boolean; batch: number };
  }
}

const purgeBatch = task(async function purgeBatch(table: string, batch: number, dryRun: boolean) {
  return { table, purged: dryRun ? 0 : batch };
});

export const main = workflow(async (table: string, configUrl: string) => {
  const config = await RemoteConfig.load(configUrl); // expect: WAC101
  return await purgeBatch(table, config.batch, config.dryRun);
});
