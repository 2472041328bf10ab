// SDK: windmill-client 1.818.0 client.mjs StepSuspend (name "StepSuspend"), wacError.mjs taskErrorFromMarker (name "TaskError"), _runInlineStep
import { step, task, workflow } from "windmill-client";

/**
 * Represents a support ticket from the helpdesk.
 */
interface Ticket {
  id: string;
  subject: string;
  body: string;
  customerTier: "free" | "pro" | "enterprise";
}

/**
 * Simple structured logger. Timestamps only decorate log lines.
 */
class Logger {
  constructor(private readonly scope: string) {}

  info(message: string, meta: Record<string, unknown> = {}) {
    console.log(JSON.stringify({ level: "info", ts: new Date().toISOString(), scope: this.scope, message, ...meta }));
  }

  error(message: string, meta: Record<string, unknown> = {}) {
    console.error(JSON.stringify({ level: "error", ts: new Date().toISOString(), scope: this.scope, message, ...meta }));
  }
}

const classifyTicket = task(async (ticket: Ticket) => {
  const response = await fetch("https://llm-gateway.internal/v1/classify", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ subject: ticket.subject, body: ticket.body }),
  });
  if (!response.ok) throw new Error(`Classification failed with status ${response.status}`);
  return (await response.json()) as { category: string; confidence: number };
});

const updateTicket = task(async (ticketId: string, category: string, priority: string) => {
  const response = await fetch(`https://helpdesk.internal/api/tickets/${ticketId}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ category, priority }),
  });
  return response.ok;
});

/**
 * Re-throws anything that is not a failed task (including the SDK's internal suspension).
 */
function rethrowUnlessTaskError(error: unknown): asserts error is Error {
  if (!(error instanceof Error) || error.name !== "TaskError") throw error;
}

export const main = workflow(async (ticket: Ticket) => {
  const log = new Logger("triage");
  const startedAt = await step("started_at", () => Date.now());
  log.info("starting triage", { ticketId: ticket.id });

  try {
    const classification = await classifyTicket(ticket);
    const priority =
      ticket.customerTier === "enterprise" || classification.category === "outage" ? "high" : "normal";
    await updateTicket(ticket.id, classification.category, priority);
    const finishedAt = await step("finished_at", () => Date.now());
    return { success: true, ticketId: ticket.id, priority, durationMs: finishedAt - startedAt };
  } catch (error) {
    rethrowUnlessTaskError(error);
    log.error("triage failed", { ticketId: ticket.id, reason: error.message });
    return { success: false, ticketId: ticket.id, error: error.message };
  }
});
