import { step, task, workflow } from "windmill-client";
import { joinUrl, notify, send, vars } from "/f/common/index.ts";

const deliver = task(async (url: string, key: string) => {
  await send(url, { key });
  await vars.remember("f/mr/last_key", key);
  return key;
});

export const main = workflow(async (base: string, key: string) => {
  const url = joinUrl(base, "keys");
  const value = vars.label(key);
  await step("notify", () => notify(value));
  return await deliver(url, value);
});
