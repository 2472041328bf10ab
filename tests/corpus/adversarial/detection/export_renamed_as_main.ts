// SDK: windmill-client 1.818.0 client.mjs workflow(); Windmill's signature parser (windmill-oracle sig) finds no parameters through `export { run as main }`, so the form is empty and main gets no tickets.
import { task, workflow } from "windmill-client";

const classify = task(async (ticket: string) => (ticket.includes("refund") ? "billing" : "support"));

const run = workflow(async (tickets: string[]) => { // expect: WAC005
  const queues: string[] = [];
  for (const t of tickets) queues.push(await classify(t));
  return queues;
});

export { run as main };
