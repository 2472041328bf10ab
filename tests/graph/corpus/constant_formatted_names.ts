import { step, task, workflow } from "windmill-client";

const publish = task(async (config: { retries: number }): Promise<string> => "ok");

export const main = workflow(async () => {
  // template literals without a substitution: one constant key to the SDK
  const config = await step(`load_config`, () => ({ retries: 3 }));
  const stamp = await step(`stamp_once`, () => 7);
  const published = await publish(config);
  return [published, stamp];
});
