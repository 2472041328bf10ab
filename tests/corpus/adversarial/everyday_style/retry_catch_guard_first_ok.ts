// SDK: windmill-client 1.818.0 client.mjs: the handler rethrows the suspension first (`e?.name === "StepSuspend"`), so only task failures reach the retry.
import { sleep, task, workflow } from "windmill-client";

const pollExport = task(async (id: string) => ({ id, ready: true }));

export const main = workflow(async (id: string) => {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await pollExport(id);
    } catch (e: any) {
      if (e?.name === "StepSuspend") throw e;
      if (attempt === 3) throw e;
      console.warn(`export ${id} not ready (attempt ${attempt})`, e);
      await sleep(2 ** attempt);
    }
  }
  return null;
});
