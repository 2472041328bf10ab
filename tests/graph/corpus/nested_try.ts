// Deploy with rollback: a try/catch inside a try/finally; the catch rethrows
// the SDK's suspension first, and the finally always releases the lock.
import { task, taskFlow, workflow } from "windmill-client";

const acquireLock = task(async (service: string) => {
  await fetch(`https://locks.example/${service}`, { method: "POST" });
});
const releaseLock = task(async (service: string) => {
  await fetch(`https://locks.example/${service}`, { method: "DELETE" });
});
const deploy = taskFlow("f/deploy/rollout");
const rollback = taskFlow("f/deploy/rollback");

export const main = workflow(async (service: string, version: string) => {
  await acquireLock(service);
  try {
    try {
      await deploy({ service, version });
    } catch (e: any) {
      if (e?.name === "StepSuspend") throw e;
      await rollback({ service });
      return { service, status: "rolled_back" };
    }
  } finally {
    await releaseLock(service);
  }
  return { service, status: "deployed" };
});
