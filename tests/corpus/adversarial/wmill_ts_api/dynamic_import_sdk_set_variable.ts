// SDK: windmill-client 1.818.0 client.mjs setVariable(): the module loaded with a dynamic import is the same SDK; its setVariable is an API write.
import { task, workflow } from "windmill-client";

const rotate = task(async (old: string) => `${old}-rotated`);

export const main = workflow(async (old: string) => {
  const fresh = await rotate(old);
  const wm = await import("windmill-client");
  await wm.setVariable("f/keys/current", fresh); // expect: WAC101
  return fresh;
});
