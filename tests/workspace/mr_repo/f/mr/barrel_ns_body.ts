import { workflow } from "windmill-client";
import { vars } from "/f/common/index.ts";

export const main = workflow(async (key: string) => {
  const value = vars.label(key);
  await vars.remember("f/mr/last_key", value); // expect: WAC101
  return value;
});
