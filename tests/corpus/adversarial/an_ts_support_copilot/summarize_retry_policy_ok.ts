// SDK: windmill-client 1.818.0 client.d.ts `TaskRetry` is `{ attempts, delay?, multiplier?, max_delay? }` (seconds); index.js `retryDelaySeconds` grows `delay * multiplier ** attempt` capped at `max_delay`, and each wait is a durable sleep between attempts
import { taskScript, task, workflow } from "windmill-client";

const summarizeThread = taskScript("f/copilot/summarize_thread", {
  timeout: 600,
  retry: { attempts: 4, delay: 5, multiplier: 3, max_delay: 120 },
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
