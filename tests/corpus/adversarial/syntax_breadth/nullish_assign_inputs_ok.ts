// SDK: windmill-client 1.818.0 client.mjs: `??=` and `?.` over the inputs and task results are pure body code, identical on every replay.
import { task, workflow } from "windmill-client";

type Options = { region?: string; retries?: number; labels?: Record<string, string> };

const deployService = task(async (service: string, region: string, retries: number) => ({ service, region, retries }));

export const main = workflow(async (service: string, options: Options = {}) => {
  options.region ??= "eu-central-1";
  options.retries ||= 2;
  const owner = options.labels?.["owner"] ?? "platform";
  const result = await deployService(service, options.region, options.retries);
  return { ...result, owner };
});
