// SDK: windmill-client 1.818.0 client.mjs: a finally that only logs lets StepSuspend propagate (no return/break/continue, no SDK call in it).
import { task, workflow } from "windmill-client";

const syncShard = task(async (shard: number) => ({ shard, rows: 1000 }));

export const main = workflow(async (shards: number) => {
  const done: number[] = [];
  for (let shard = 0; shard < shards; shard++) {
    try {
      done.push((await syncShard(shard)).rows);
    } finally {
      if (done.length % 10 === 0) console.log(`synced ${done.length} shards`);
    }
  }
  return { rows: done.reduce((a, b) => a + b, 0) };
});
