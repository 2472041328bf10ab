// SDK: windmill-client 1.818.0 client.mjs getVariable(path) calls the Windmill API (VariableService.getVariableValue); in the body it runs again on every replay.
import { step, workflow } from "windmill-client";
import * as wmill from "windmill-client";

export const main = workflow(async (service: string) => {
  const raw = await wmill.getVariable("f/eval/deploy_counter"); // expect: WAC101
  const next = (parseInt(raw, 10) || 0) + 1;
  await step("bump", () => wmill.setVariable("f/eval/deploy_counter", String(next)));
  return { service, deploy: next };
});
