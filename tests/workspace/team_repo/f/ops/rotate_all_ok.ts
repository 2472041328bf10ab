// SDK: windmill-client 1.818.0 taskScript sends the object as the job's args; rotate_logs.sh takes service, keep_days (default 14).
import { taskScript, workflow } from "windmill-client";

const rotate = taskScript("f/ops/rotate_logs");

export const main = workflow(async (services: string[]) => {
  const out: unknown[] = [];
  for (const service of services) {
    out.push(await rotate({ service }));
  }
  return out;
});
