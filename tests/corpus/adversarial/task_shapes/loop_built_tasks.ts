// SDK: windmill-client 1.818.0 client.mjs task(): tasks built in a callback at module level are not top-level consts, so Windmill's parser does not see them; the arrows have no name, so every call is keyed `step`.
import { task, workflow } from "windmill-client";

const handlers = Object.fromEntries(
  ["email", "sms"].map((channel) => [channel, task(async (to: string) => ({ channel, to }))]), // expect: WAC003
);

export const main = workflow(async (channel: string, to: string) => {
  return await handlers[channel](to);
});
