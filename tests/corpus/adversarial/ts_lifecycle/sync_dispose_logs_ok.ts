// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a `using` whose [Symbol.dispose] only writes a log line repeats nothing outside the job.
import { task, workflow } from "windmill-client";

class Timer {
  private readonly label: string;
  constructor(label: string) {
    this.label = label;
  }

  [Symbol.dispose]() {
    console.log(`leaving ${this.label}`);
  }
}

const rebuild = task(async (index: string) => ({ index, rebuilt: true }));

export const main = workflow(async (index: string) => {
  using timer = new Timer(`rebuild ${index}`);
  return await rebuild(index);
});
