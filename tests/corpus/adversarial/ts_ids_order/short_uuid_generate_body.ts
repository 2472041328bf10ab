// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; short-uuid's generate() is a random v4 uuid in base58, a new code per replay.
import short from "short-uuid";
import { task, workflow } from "windmill-client";

const invite = task(async (email: string, code: string) => ({ email, code }));

export const main = workflow(async (email: string) => {
  const code = short.generate(); // expect: WAC102
  return await invite(email, code);
});
