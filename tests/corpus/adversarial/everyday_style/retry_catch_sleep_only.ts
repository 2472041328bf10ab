// SDK: windmill-client 1.818.0 client.mjs: with attempts left the handler's only work is `sleep`, which rethrows the kept suspension first thing (_rethrowSwallowed): the run still suspends, but the guide asks for the rethrow first.
import { sleep, task, workflow } from "windmill-client";

const pollExport = task(async (id: string) => ({ id, ready: true }));

export const main = workflow(async (id: string) => {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await pollExport(id);
    } catch (e) { // expect: WAC202
      if (attempt === 3) throw e;
      await sleep(2 ** attempt);
    }
  }
  return null;
});
