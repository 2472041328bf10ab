// SDK: windmill-client 1.818.0 client.mjs: only the SDK's sleep() is a durable suspension; Bun.sleep in the body blocks and repeats per replay.
import { task, workflow } from "windmill-client";

const probe = task(async (url: string) => (await fetch(url)).status);

export const main = workflow(async (url: string) => {
  let status = await probe(url);
  if (status >= 500) {
    await Bun.sleep(30_000); // expect: WAC101
    status = await probe(url);
  }
  return { status };
});
