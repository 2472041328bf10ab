// SDK: windmill-client 1.818.0 client.mjs: the suspension is an Error named "StepSuspend"; this guard is inverted: it rethrows every error except the suspension, which it swallows.
import { task, workflow } from "windmill-client";

const deploy = task(async (service: string) => ({ service, deployed: true }));

export const main = workflow(async (service: string) => {
  let result: unknown = null;
  try {
    result = await deploy(service);
  } catch (e) { // expect: WAC202
    if ((e as Error).name !== "StepSuspend") throw e;
    console.log("waiting for the deploy");
  }
  return { service, result };
});
