// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the key is the name given; `fn.name` is computed, and a minifier or a rename changes it and orphans the checkpoint.
import { step, workflow } from "windmill-client";

async function loadConfig() {
  return { region: "eu", retries: 3 };
}

export const main = workflow(async () => {
  const cfg = await step(loadConfig.name, loadConfig); // expect: WAC103
  return cfg;
});
