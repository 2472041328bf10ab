// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a template literal calls the object's toString, which reads the clock, so the task gets a different label each replay.
import { task, workflow } from "windmill-client";

class RunLabel {
  constructor(private readonly job: string) {}

  toString() {
    return `${this.job}@${new Date().toISOString()}`;
  }
}

const archive = task(async (label: string) => ({ label }));

export const main = workflow(async (job: string) => {
  const label = new RunLabel(job);
  return await archive(`${label}`); // expect: WAC102
});
