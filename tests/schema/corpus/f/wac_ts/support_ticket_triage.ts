// Triage a support ticket: capture when it was received (checkpointed, so a
// replay sees the same timestamp), classify it, and route it.
import { task, workflow, step } from "windmill-client";

const classifyTicket = task(
  async (subject: string, body: string) => {
    const res = await fetch("https://llm-gateway.example/v1/classify", {
      method: "POST",
      body: JSON.stringify({ text: `${subject}\n\n${body}`, labels: ["billing", "bug", "question", "outage"] }),
    });
    return (await res.json()) as { label: string; confidence: number };
  },
  { timeout: 120 },
);

const pageOnCall = task(async (ticketId: string, summary: string) => {
  await fetch("https://events.pagerduty.example/v2/enqueue", {
    method: "POST",
    body: JSON.stringify({ event_action: "trigger", payload: { summary, source: ticketId, severity: "critical" } }),
  });
});

const assignQueue = task(async (ticketId: string, queue: string, receivedAt: string) => {
  await fetch(`https://helpdesk.example/api/tickets/${ticketId}`, { method: "PUT", body: JSON.stringify({ queue, received_at: receivedAt }) });
});

export const main = workflow(async (ticketId: string, subject: string, body: string) => {
  const receivedAt = await step("received_at", () => new Date().toISOString());
  const label = await classifyTicket(subject, body);
  if (label.label === "outage") {
    await pageOnCall(ticketId, subject);
  }
  const queue = label.label === "outage" ? "incidents" : label.label === "billing" ? "billing" : "tier1";
  await assignQueue(ticketId, queue, receivedAt);
  return { ticketId, queue, confidence: label.confidence };
});
