// SDK: windmill-client 1.818.0 client.mjs _nextStep/_raiseSuspend (StepSuspend is an Error: a catch-all that returns swallows it), workflow() replays the body
import { task, workflow } from "windmill-client";

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
 * Result of the triage workflow.
 */
interface TriageResult {
  success: boolean;
  ticketId: string;
  category?: string;
  priority?: string;
  durationMs?: number;
  error?: string;
}

/**
 * Classifies a ticket using the LLM gateway.
 */
const classifyTicket = task(async (ticket: Ticket) => {
  const response = await fetch("https://llm-gateway.internal/v1/classify", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ subject: ticket.subject, body: ticket.body }),
  });
  if (!response.ok) {
    throw new Error(`Classification failed with status ${response.status}`);
  }
  return (await response.json()) as { category: string; confidence: number };
});

/**
 * Updates the ticket in the helpdesk with the computed fields.
 */
const updateTicket = task(async (ticketId: string, category: string, priority: string) => {
  const response = await fetch(`https://helpdesk.internal/api/tickets/${ticketId}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ category, priority }),
  });
  return response.ok;
});

/**
 * Main workflow: classify the ticket, compute a priority, and update the helpdesk.
 */
export const main = workflow(async (ticket: Ticket): Promise<TriageResult> => {
  const startTime = Date.now(); // expect: WAC102
  console.log(`Starting triage for ticket ${ticket.id}`);

  try {
    // Step 1: Classify the ticket
    const classification = await classifyTicket(ticket);

    // Step 2: Determine the priority based on tier and category
    const priority =
      ticket.customerTier === "enterprise" || classification.category === "outage" ? "high" : "normal";

    // Step 3: Update the ticket
    await updateTicket(ticket.id, classification.category, priority);

    return {
      success: true,
      ticketId: ticket.id,
      category: classification.category,
      priority,
      durationMs: Date.now() - startTime, // expect: WAC102
    };
  } catch (error) { // expect: WAC202
    console.error(`Triage failed for ticket ${ticket.id}:`, error);
    return {
      success: false,
      ticketId: ticket.id,
      error: error instanceof Error ? error.message : "Unknown error",
    };
  }
});
