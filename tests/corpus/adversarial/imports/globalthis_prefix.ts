// SDK: windmill-client 1.818.0 client.mjs: getResumeUrls/random/clock values differ per round unless wrapped in step().
import { task, workflow } from "windmill-client";

const createTicket = task(async (title: string, body: string) => {
  const res = await fetch("https://tickets.example.com/api/tickets", {
    method: "POST",
    body: JSON.stringify({ title, body }),
  });
  return (await res.json()) as { id: string };
});

export const main = workflow(async (title: string, details: string) => {
  const correlationId = globalThis.crypto.randomUUID(); // expect: WAC102
  const ticket = await createTicket(title, `${details}\n\ncorrelation: ${correlationId}`);
  await globalThis.fetch("https://status.example.com/api/ping"); // expect: WAC101
  return { ticket: ticket.id, correlationId };
});
