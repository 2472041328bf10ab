// SDK: windmill-client 1.818.0 client.mjs: `_runInlineStep` keys the step by its name; `Math.random().toString(36)` gives a new name on each replay, so the checkpointed ticket is never found and a new pump-out ticket is opened every round
import { task, step, sleep, workflow } from "windmill-client";

type PumpOut = { berth: string; vessel: string; tankL: number };

const openTicket = async (p: PumpOut) => {
  const r = await fetch("https://ops.portobelo-marina.example/pumpout/tickets", {
    method: "POST",
    body: JSON.stringify(p),
  });
  return (await r.json()).ticket as string;
};

const dispatchCart = task(async (berth: string, ticket: string) => {
  const r = await fetch("https://ops.portobelo-marina.example/pumpout/dispatch", {
    method: "POST",
    body: JSON.stringify({ berth, ticket }),
  });
  return (await r.json()) as { etaMin: number };
});

const closeTicket = task(async (ticket: string, litres: number) => {
  await fetch(`https://ops.portobelo-marina.example/pumpout/tickets/${ticket}`, {
    method: "PATCH",
    body: JSON.stringify({ state: "done", litres }),
  });
});

export const main = workflow(async (requests: PumpOut[]) => {
  const done: string[] = [];
  for (const p of requests) {
    const ref = Math.random().toString(36).slice(2, 8); // expect: WAC102
    const ticket = await step(`ticket-${ref}`, () => openTicket(p)); // expect: WAC103
    const { etaMin } = await dispatchCart(p.berth, ticket);
    await sleep(Math.max(etaMin, 5) * 60);
    await closeTicket(ticket, p.tankL);
    done.push(ticket);
  }
  return { done };
});
