// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; translating the given uuid to base58 is a pure function of the input.
import short from "short-uuid";
import { task, workflow } from "windmill-client";

const translator = short();

const invite = task(async (email: string, code: string) => ({ email, code }));

export const main = workflow(async (email: string, userId: string) => {
  const code = translator.fromUUID(userId);
  return await invite(email, code);
});
