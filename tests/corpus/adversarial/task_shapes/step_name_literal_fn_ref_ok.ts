// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: a literal name and a function given by reference; the callback runs once and its result is checkpointed.
import { step, workflow } from "windmill-client";

async function loadConfig() {
  return { region: "eu", retries: 3 };
}

export const main = workflow(async () => {
  const cfg = await step("load_config", loadConfig);
  return cfg;
});
