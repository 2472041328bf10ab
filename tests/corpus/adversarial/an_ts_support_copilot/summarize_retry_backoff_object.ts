// SDK: windmill-client 1.818.0 client.d.ts `TaskRetry` is `{ attempts, delay?, multiplier?, max_delay? }` and index.js `retryDelaySeconds` reads only those keys; a BullMQ-style `backoff: { type, delay }` is never read, so the retries run back to back with no delay
import { taskScript, task, workflow } from "windmill-client";

const summarizeThread = taskScript("f/copilot/summarize_thread", {
  timeout: 600,
  retry: { attempts: 4, backoff: { type: "exponential", delay: 5 } }, // expect: WAC302
});

const storeSummary = task(async function storeSummary(ticketId: string, summary: string) {
  await fetch(`https://helpdesk.northwind.example/api/tickets/${ticketId}/notes`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "ai_summary", body: summary }),
  });
  return { stored: true };
});

export const main = workflow(async (ticketId: string) => {
  const out: { summary: string } = await summarizeThread({ ticket_id: ticketId });
  const { summary } = out;
  await storeSummary(ticketId, summary);
  return { ticketId, summary };
});
