// SDK: windmill-client 1.818.0 client.mjs: the SDK's sleep(seconds) suspends server-side; a setTimeout promise in the body holds the worker and waits again on every replay.
import { task, workflow } from "windmill-client";

const pollExport = task(async (exportId: string) => ({ exportId, ready: exportId.length % 2 === 0 }));

export const main = workflow(async (exportId: string) => {
  for (let i = 0; i < 5; i++) {
    const state = await pollExport(exportId);
    if (state.ready) return state;
    await new Promise((resolve) => setTimeout(resolve, 30_000)); // expect: WAC101
  }
  return { exportId, ready: false };
});
