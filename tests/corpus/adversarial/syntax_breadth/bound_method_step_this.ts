// SDK: windmill-client 1.818.0 client.mjs `_runInlineStep`: a checkpointed step's callback is not called again, so what the bound method sets on `this` is gone after the next suspension.
import { sleep, step, task, workflow } from "windmill-client";

class Progress {
  done = 0;
  lastAt = "";

  tick(): number {
    this.done += 1; // expect: WAC104
    return this.done;
  }
}

const processChunk = task(async (chunk: string) => chunk.length);

export const main = workflow(async (chunks: string[]) => {
  const progress = new Progress();
  for (const c of chunks) {
    await processChunk(c);
    await step("tick", progress.tick.bind(progress));
  }
  await sleep(10);
  return { done: progress.done };
});
