// The billing team's single import point for workflow-as-code.
import { step } from "windmill-client";

export { step, task, taskFlow, taskScript, waitForApproval, workflow } from "windmill-client";

/** `step` under the team's naming convention. */
export async function once<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  return await step(name, fn);
}
