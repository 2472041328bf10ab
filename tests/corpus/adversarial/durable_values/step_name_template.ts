// SDK: windmill-client 1.818.0 client.mjs _allocKey numbers repeats of one name; the guide says not to generate step names, a template name per id is one.
import { step, workflow } from "windmill-client";

export const main = workflow(async (ids: string[]) => {
  const out: Record<string, number> = {};
  for (const id of ids) {
    out[id] = await step(`score-${id}`, () => id.length); // expect: WAC103
  }
  return out;
});
