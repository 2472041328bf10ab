// SDK: windmill-client 1.818.0 client.mjs step() returns the checkpointed value on every replay; pushing that return value in the body rebuilds the same array each round; getVariable/setVariable inside the step run once.
import { getVariable, setVariable, step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (service: string) => {
  const audit: string[] = [];

  const tested = await step("runTests", async () => {
    let prev = 0;
    try {
      prev = parseInt((await getVariable("f/eval/test_counter")) as string, 10) || 0;
    } catch {
      prev = 0;
    }
    await setVariable("f/eval/test_counter", String(prev + 1));
    return `tests ran for ${service} (#${prev + 1})`;
  });
  audit.push(tested);

  await waitForApproval({ timeout: 600 });
  audit.push(await step("deployProduction", async () => "production-deployed"));
  return audit;
});
