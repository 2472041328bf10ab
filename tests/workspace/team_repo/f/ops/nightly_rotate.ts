// SDK: windmill-client 1.818.0 taskScript sends the object as the job's args; rotate_logs.sh reads service from $1.
import { taskScript, workflow } from "windmill-client";

const rotate = taskScript("f/ops/rotate_logs");

export const main = workflow(async (services: string[]) => {
  const out = [];
  for (const svc of services) {
    out.push(await rotate({ svc, keep_days: "7" })); // expect: WAC402
  }
  return out;
});
