// SDK: windmill-client 1.818.0 client.mjs: `assertUsableRetry` throws unless `Number.isInteger(attempts)`; the string "3" (an input read as text) fails where the task is written.
import { task, workflow } from "windmill-client";

const syncCrm = task(async (account: string) => account, { retry: { attempts: "3" as unknown as number, delay: 5 } }); // expect: WAC302

export const main = workflow(async (account: string) => {
  return await syncCrm(account);
});
