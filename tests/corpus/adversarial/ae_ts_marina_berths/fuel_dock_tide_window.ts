// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top after every task; `format(new Date())` reads the clock, so a replay after the hour turns skips the bunkering that was already dispatched, or dispatches one that was skipped
import { task, workflow } from "windmill-client";

type FuelOrder = { vessel: string; litres: number; grade: "diesel" | "petrol"; draftM: number };

const hourInLisbon = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Lisbon", hour: "2-digit", hourCycle: "h23" });

const tideHeight = task(async (hour: number) => {
  const r = await fetch(`https://tides.portobelo-marina.example/today?hour=${hour}`);
  return ((await r.json()) as { heightM: number }).heightM;
});

const bunker = task(async (order: FuelOrder) => {
  const r = await fetch("https://fuel.portobelo-marina.example/bunkerings", {
    method: "POST",
    body: JSON.stringify(order),
  });
  return (await r.json()) as { ticket: string };
});

const DOCK_DEPTH_M = 2.1;

export const main = workflow(async (orders: FuelOrder[]) => {
  const hour = Number(hourInLisbon.format(new Date())); // expect: WAC102
  const tide = await tideHeight(hour);
  const tickets: string[] = [];
  const deferred: string[] = [];
  for (const order of orders) {
    if (order.draftM > DOCK_DEPTH_M + tide - 0.3) {
      deferred.push(order.vessel);
      continue;
    }
    tickets.push((await bunker(order)).ticket);
  }
  return { hour, tide, tickets, deferred };
});
