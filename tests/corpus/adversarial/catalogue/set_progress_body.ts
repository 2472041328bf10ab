// SDK: windmill-client 1.818.0 client.mjs setProgress is a plain API call (JobService), not a WAC primitive: in the body it repeats per round.
import { setProgress, task, workflow } from "windmill-client";

const convert = task(async (file: string) => ({ file, pages: 12 }));

export const main = workflow(async (files: string[]) => {
  const out = [];
  for (const [i, f] of files.entries()) {
    out.push(await convert(f));
    await setProgress(Math.round(((i + 1) / files.length) * 100)); // expect: WAC101
  }
  return out;
});
