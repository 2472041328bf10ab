// SDK: client.mjs 1.818.0 workflow(fn) replays the body; a tsyringe container that only registers values (useValue) returns the same frozen config in every replay, and the I/O is in tasks
import "reflect-metadata";
import { container } from "tsyringe";
import { parallel, task, workflow } from "windmill-client";

type RegionConfig = { name: string; bucket: string; replicas: number };

const REGIONS: readonly RegionConfig[] = Object.freeze([
  { name: "eu-west-1", bucket: "acme-backups-eu", replicas: 2 },
  { name: "us-east-1", bucket: "acme-backups-us", replicas: 3 },
]);

container.register<readonly RegionConfig[]>("regions", { useValue: REGIONS });
container.register<number>("retentionDays", { useValue: 35 });

const pruneSnapshots = task(async function pruneSnapshots(region: string, bucket: string, retentionDays: number) {
  const res = await fetch(`https://backup.internal/${region}/prune`, {
    method: "POST",
    body: JSON.stringify({ bucket, olderThanDays: retentionDays }),
  });
  return { region, pruned: ((await res.json()) as { deleted: number }).deleted };
});

export const main = workflow(async (only_region?: string) => {
  const regions = container.resolve<readonly RegionConfig[]>("regions").filter((r) => !only_region || r.name === only_region);
  const retention = container.resolve<number>("retentionDays");
  const results = await parallel([...regions], (r) => pruneSnapshots(r.name, r.bucket, retention), { concurrency: 2 });
  return { pruned: results.reduce((n, r) => n + r.pruned, 0), regions: results.map((r) => r.region) };
});
