// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) takes its number when first reached; ECMA-262: new Date(y, m, d, h, min) is local (worker) time, and `+date` / `date - n` read its instant.
import { workflow, task, step, sleep } from "windmill-client";

const openEncoreSales = task(async (eventId: string) => {
  const res = await fetch(`https://api.tixhub.example.com/v2/events/${eventId}/encore`, {
    method: "POST",
  });
  return (await res.json()) as { released: number };
});

export const main = workflow(
  async (eventId: string, year: number, month: number, day: number) => {
    const now = await step("now", () => Date.now());

    const showEnds = new Date(year, month - 1, day, 22, 30); // expect: WAC102
    const delay = Math.max(1, Math.round((+showEnds - now) / 1000));
    await sleep(delay);

    const { released } = await openEncoreSales(eventId);
    return { eventId, released };
  },
);
