// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a setTimeout wait in the body holds the worker on every replay instead of the SDK's durable sleep, and its callback posts each time.
import { task, workflow } from "windmill-client";

const open = task(async (ticket: string) => ({ ticket, opened: true }));

export const main = workflow(async (ticket: string) => {
  const t = await open(ticket);
  setTimeout(() => fetch("https://hooks.example.com/reminder", { method: "POST", body: ticket }), 5_000); // expect: WAC101
  return t;
});
