// SDK: windmill-client 1.818.0 client.mjs task(): a task of the file is called, in its child job, with the objects the replayed body computed, so a parameter typed with a Date member gets a real Date; the task returns plain JSON (a string and a number).
import { task, workflow } from "windmill-client";

interface Window {
  from: Date;
  to: Date;
  label: string;
}

const countEvents = task(async (win: Window): Promise<{ label: string; count: number }> => {
  const res = await fetch(
    `https://events.example.com/count?from=${win.from.toISOString()}&to=${win.to.toISOString()}`,
  );
  const { count } = (await res.json()) as { count: number };
  return { label: win.label, count };
});

export const main = workflow(async (fromIso: string, toIso: string) => {
  const win: Window = { from: new Date(fromIso), to: new Date(toIso), label: `${fromIso}..${toIso}` };
  const { label, count } = await countEvents(win);
  console.log(`${label}: ${count} events`);
  return { label, count };
});
