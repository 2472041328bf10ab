// SDK: windmill-client 1.818.0 client.mjs _allocKey(name): a name from the loop index is stable on replay, but the guide says not to generate step names.
import { step, task, workflow } from "windmill-client";

const upload = task(async (chunk: string[]) => chunk.length);

export const main = workflow(async (lines: string[], size: number) => {
  let uploaded = 0;
  for (let i = 0; i * size < lines.length; i++) {
    const chunk = await step(`chunk-${i}`, () => lines.slice(i * size, (i + 1) * size)); // expect: WAC103
    uploaded += await upload(chunk);
  }
  return { uploaded };
});
