// SDK: windmill-client 1.818.0 client.mjs: sharp reads the input path and `toFile` writes the output on the worker's disk, again on every replay of the body.
import sharp from "sharp";
import { task, workflow } from "windmill-client";

const publish = task(async (path: string) => ({ path }));

export const main = workflow(async (input: string, width: number = 800) => {
  const out = input.replace(/\.(\w+)$/, `.${width}.webp`);
  await sharp(input).resize({ width }).webp().toFile(out); // expect: WAC101
  return await publish(out);
});
