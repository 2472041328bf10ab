// The TypeScript examples of the WAC guide, assembled into one script.
import {
  task,
  taskScript,
  taskFlow,
  step,
  sleep,
  waitForApproval,
  getResumeUrls,
  parallel,
  workflow,
} from "windmill-client";

const process = task(async (x: string): Promise<string> => {
  return `processed: ${x}`;
});

const enrich = task(async (customerId: string) => {
  return await fetchCustomer(customerId);
});

const helper = taskScript("./helper.ts");
const existing = taskScript("f/data/extract", { timeout: 600 });
const pipeline = taskFlow("f/etl/pipeline");

export const main = workflow(async (x: string, items: string[], data: object) => {
  const result = await process(x);
  const value = await helper({ input: x });
  const output = await pipeline({ input: data });
  const customer = await enrich(x);
  const urls = await step("get_urls", () => getResumeUrls());
  const startedAt = await step("started_at", () => new Date().toISOString());
  const [a, b] = await Promise.all([process("a"), process("b")]);
  const many = await parallel(items, process, { concurrency: 5 });
  await step("notify", () => sendApprovalEmail(urls.approvalPage));
  const approval = await waitForApproval({ timeout: 3600 });
  await sleep(60);
  const other = await existing({ input: x });
  return { result, value, output, customer, startedAt, a, b, many, approval, other };
});
