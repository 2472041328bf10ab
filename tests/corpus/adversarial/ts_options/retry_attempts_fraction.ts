// SDK: windmill-client 1.818.0 client.mjs task() / assertUsableRetry: attempts must be a whole number; 2.5 throws when the module loads, so the script never runs.
import { task, workflow } from "windmill-client";

const syncCrm = task(async (id: string) => ({ id }), { retry: { attempts: 2.5, delay: 10 } }); // expect: WAC302

export const main = workflow(async (id: string) => {
  return await syncCrm(id);
});
