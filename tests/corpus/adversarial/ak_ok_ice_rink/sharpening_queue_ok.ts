// SDK: windmill-client 1.818.0: a catch that rethrows unless the error is a TaskError, tested through an alias; a local function named `fetch` in a helper scope is not the global
import { task, workflow } from "windmill-client";

type Ticket = { id: string; skater: string; hollow: "3/8" | "1/2" | "5/8" };

const sharpen = task(async (ticketId: string, hollow: string) => {
  const res = await fetch(`https://shop.example-ice.org/api/sharpen/${ticketId}`, { method: "POST", body: JSON.stringify({ hollow }) });
  if (res.status === 409) throw new Error("machine busy");
  return { ticketId, done: true };
});

function planner() {
  const queue: Ticket[] = [];
  function fetch(): Ticket | undefined {
    return queue.shift();
  }
  return {
    push: (t: Ticket) => queue.push(t),
    fetch,
  };
}

export const main = workflow(async (tickets: Ticket[]) => {
  const q = planner();
  tickets.toSorted((a, b) => a.hollow.localeCompare(b.hollow, "en") || a.id.localeCompare(b.id, "en")).forEach((t) => q.push(t));
  const done: string[] = [];
  const busy: string[] = [];
  for (let t = q.fetch(); t; t = q.fetch()) {
    try {
      await sharpen(t.id, t.hollow);
      done.push(t.id);
    } catch (e) {
      const err = e as Error;
      if (err.name !== "TaskError") throw e;
      busy.push(t.id);
    }
  }
  return { done, busy };
});
