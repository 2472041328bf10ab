// SDK: windmill-client 1.818.0 client.mjs: the suspension is a StepSuspend whose own field is `dispatchInfo`; a catch that rethrows anything carrying it lets the suspension through and handles only task failures.
import { task, workflow } from "windmill-client";

const deploy = task(async (service: string) => ({ service, deployed: true }));
const rollback = task(async (service: string) => ({ service, rolledBack: true }));

function isSuspension(e: unknown): boolean {
  return typeof e === "object" && e !== null && "dispatchInfo" in e;
}

export const main = workflow(async (service: string) => {
  try {
    return await deploy(service);
  } catch (e) {
    if (isSuspension(e)) throw e;
    console.error("deploy failed", e);
  }
  return await rollback(service);
});
