// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: getVariable inside the step callback runs once; the value replays from the checkpoint.
import { getVariable, step, task, workflow } from "windmill-client";

const callPartner = task(async (endpoint: string, apiVersion: string, orderId: string) => ({ endpoint, apiVersion, orderId }));

export const main = workflow(async (orderIds: string[]) => {
  const endpoint = await step("endpoint", () => getVariable("f/partners/acme_endpoint"));
  const apiVersion = await step("api_version", async () => (await getVariable("f/partners/acme_api_version")) || "v2");
  const results = [];
  for (const id of orderIds) results.push(await callPartner(endpoint, apiVersion, id));
  return results;
});
