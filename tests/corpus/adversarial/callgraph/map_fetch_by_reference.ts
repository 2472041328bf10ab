// SDK: windmill-client 1.818.0 client.mjs: Array.map calls the function it is given in the workflow body itself; `urls.map(fetch)` fetches on every replay.
import { task, workflow } from "windmill-client";

const storeStatuses = task(async (statuses: { url: string; status: number }[]) => statuses.length);

export const main = workflow(async (urls: string[]) => {
  const responses = await Promise.all(urls.map(fetch)); // expect: WAC101
  const statuses = responses.map((r, i) => ({ url: urls[i], status: r.status }));
  return { stored: await storeStatuses(statuses) };
});
