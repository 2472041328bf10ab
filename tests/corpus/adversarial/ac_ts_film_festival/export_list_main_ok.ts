// SDK: windmill-client 1.818.0 + windmill-oracle sig/dag: `export { main }` of a const workflow is the exported entry point Windmill runs
import { task, step, sleep, workflow } from "windmill-client";

type Screening = { id: string; venue: string; startsAt: string; capacity: number };

const seatsSold = task(async (screeningId: string) => {
  const r = await fetch(`https://tickets.reelfest.example/api/screenings/${screeningId}/sold`);
  return ((await r.json()) as { sold: number }).sold;
});

const openRushLine = task(async (screeningId: string, seats: number) => {
  await fetch(`https://tickets.reelfest.example/api/screenings/${screeningId}/rush`, {
    method: "POST",
    body: JSON.stringify({ seats }),
  });
  return { screeningId, seats };
});

function freeSeats(capacity: number, sold: number, holdback = 0.05): number {
  return Math.max(0, capacity - sold - Math.ceil(capacity * holdback));
}

const main = workflow(async (screenings: Screening[]) => {
  const opened = [];
  for (const s of screenings) {
    const sold = await seatsSold(s.id);
    const free = freeSeats(s.capacity, sold);
    if (free > 0) opened.push(await openRushLine(s.id, free));
    await sleep(5);
  }
  const total = await step("total", () => opened.reduce((n, o) => n + o.seats, 0));
  return { opened, total };
});

export { main };
