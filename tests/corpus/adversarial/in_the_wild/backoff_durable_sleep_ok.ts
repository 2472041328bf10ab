// SDK: windmill-client 1.818.0 client.mjs sleep(seconds) is a durable, checkpointed wait; each poll is its own task step (repeated calls of one task get distinct keys).
import { sleep, task, workflow } from "windmill-client";

const pollExport = task(async (exportId: string) => ({ exportId, ready: exportId.length % 2 === 0 }));

export const main = workflow(async (exportId: string) => {
  for (let i = 0; i < 5; i++) {
    const state = await pollExport(exportId);
    if (state.ready) return state;
    await sleep(30);
  }
  return { exportId, ready: false };
});
