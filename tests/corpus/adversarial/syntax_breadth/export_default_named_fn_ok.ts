// SDK: windmill-client 1.818.0 client.mjs `workflow(fn)`; Windmill's parser accepts `export default workflow(async function ...)` (checked with windmill-oracle dag / sig: tasks and parameters are read).
import { task, workflow } from "windmill-client";

const rebuildIndex = task(async function rebuildIndex(index: string, shards: number) {
  return { index, shards };
});

export default workflow(async function reindex(index: string, shards: number = 3) {
  const result = await rebuildIndex(index, shards);
  return { ...result, done: true };
});
