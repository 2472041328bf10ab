// SDK: windmill-client 1.818.0 client.mjs _allocKey: a template literal without ${} is a constant name.
import { step, workflow } from "windmill-client";

export const main = workflow(async (items: string[]) => {
  const counts = await step(`count_items`, () => items.length);
  return counts;
});
