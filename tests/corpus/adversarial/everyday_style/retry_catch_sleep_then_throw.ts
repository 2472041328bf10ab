// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; on a suspension with attempts left the handler logs, then `sleep` rethrows the kept suspension first thing (_rethrowSwallowed): the log runs on every suspension.
import { sleep, task, workflow } from "windmill-client";

const pollExport = task(async (id: string) => ({ id, ready: true }));

export const main = workflow(async (id: string) => {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await pollExport(id);
    } catch (e) { // expect: WAC202
      if (attempt === 3) throw e;
      console.warn(`export ${id} not ready (attempt ${attempt})`, e);
      await sleep(2 ** attempt);
    }
  }
  return null;
});
