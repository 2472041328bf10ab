// Stamp the start of the run (the function was forgotten).
import { step, workflow } from "windmill-client";

export const main = workflow(async () => {
  const started = await step("started"); // expect: WAC301
  return started;
});
