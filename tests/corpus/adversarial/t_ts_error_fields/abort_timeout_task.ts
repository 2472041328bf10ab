// SDK: dist/wacError.mjs 1.818.0 taskErrorFromMarker: the task's AbortSignal.timeout rejection (a DOMException named "TimeoutError") comes back to the body as a plain Error named "TaskError", so `e instanceof DOMException` is never true there
import { task, workflow } from "windmill-client";

type ReportRequest = { accountId: string; month: string };

const renderReport = task(async function renderReport(accountId: string, month: string) {
  const res = await fetch(`https://reports.internal/render?account=${accountId}&month=${month}`, {
    signal: AbortSignal.timeout(120_000),
  });
  if (!res.ok) throw new Error(`render failed: ${res.status}`);
  const { url } = (await res.json()) as { url: string };
  return { accountId, url };
});

const queueForLater = task(async function queueForLater(accountId: string, month: string) {
  await fetch("https://reports.internal/queue", {
    method: "POST",
    body: JSON.stringify({ accountId, month, priority: "low" }),
  });
  return { accountId, queued: true };
});

export const main = workflow(async (requests: ReportRequest[]) => {
  const rendered: string[] = [];
  const queued: string[] = [];
  for (const r of requests) {
    try {
      const { url } = await renderReport(r.accountId, r.month);
      rendered.push(url);
    } catch (e) {
      if (e instanceof DOMException && e.name === "TimeoutError") { // expect: WAC204
        await queueForLater(r.accountId, r.month);
        queued.push(r.accountId);
        continue;
      }
      throw e;
    }
  }
  return { rendered, queued };
});
