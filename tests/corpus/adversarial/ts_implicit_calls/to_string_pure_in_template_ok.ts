// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; this toString only joins the inputs, the same label each replay.
import { task, workflow } from "windmill-client";

class RunLabel {
  constructor(private readonly job: string, private readonly day: string) {}

  toString() {
    return `${this.job}@${this.day}`;
  }
}

const archive = task(async (label: string) => ({ label }));

export const main = workflow(async (job: string, day: string) => {
  const label = new RunLabel(job, day);
  return await archive(`${label}`);
});
