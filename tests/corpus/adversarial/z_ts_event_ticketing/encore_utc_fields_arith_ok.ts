// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) takes its number when first reached; ECMA-262: Date.UTC(...) is the same instant on every worker, and local getters of a fields-built date read its own fields back.
import { workflow, task, step, sleep } from "windmill-client";

const openEncoreSales = task(async (eventId: string, weekday: number) => {
  const res = await fetch(`https://api.tixhub.example.com/v2/events/${eventId}/encore`, {
    method: "POST",
    body: JSON.stringify({ weekday }),
  });
  return (await res.json()) as { released: number };
});

export const main = workflow(
  async (eventId: string, year: number, month: number, day: number) => {
    const now = await step("now", () => Date.now());

    const showEnds = new Date(Date.UTC(year, month - 1, day, 20, 30));
    const weekday = new Date(year, month - 1, day).getDay();
    const delay = Math.max(1, Math.round((+showEnds - now) / 1000));
    await sleep(delay);

    const { released } = await openEncoreSales(eventId, weekday);
    return { eventId, released };
  },
);
