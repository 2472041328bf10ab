// SDK: windmill-client 1.818.0 client.mjs: wretch sends the request when `.json()` is awaited; in the body it posts again on every replay.
import wretch from "wretch";
import { task, workflow } from "windmill-client";

const record = task(async (ticketId: string) => ({ ticketId }));

export const main = workflow(async (title: string) => {
  const created = await wretch("https://desk.example.com/api/tickets").post({ title }).json<{ id: string }>(); // expect: WAC101
  return await record(created.id);
});
