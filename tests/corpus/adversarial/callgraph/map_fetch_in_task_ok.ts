// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own job, so `urls.map(fetch)` there is not replayed.
import { task, workflow } from "windmill-client";

const fetchStatuses = task(async (urls: string[]) => (await Promise.all(urls.map(fetch))).map((r) => r.status));
const openIncident = task(async (failing: number) => ({ failing, ticket: failing ? "INC-1" : null }));

export const main = workflow(async (urls: string[]) => {
  const codes = await fetchStatuses(urls);
  const failing = codes.filter((c) => c >= 500).length;
  return await openIncident(failing);
});
