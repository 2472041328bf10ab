// SDK: windmill-client 1.818.0 client.d.ts exports StepSuspend (an Error): the one catch around tasks rethrows it first, then handles the business failure (the guide's advice for an unavoidable broad catch)
import { StepSuspend, task, workflow } from "windmill-client";

type Corner = { id: string; name: string; needs: number };

const loadCorners = task(async function loadCorners(eventId: string): Promise<Corner[]> {
  const res = await fetch(`https://events.velo-club.example/${eventId}/corners`);
  if (!res.ok) throw new Error(`corners ${res.status}`);
  return await res.json();
});

const bookMarshals = task(async function bookMarshals(eventId: string, corner: string, count: number) {
  const res = await fetch(`https://events.velo-club.example/${eventId}/marshals`, {
    method: "POST",
    body: JSON.stringify({ corner, count }),
  });
  if (res.status === 409) throw new Error(`not enough volunteers for ${corner}`);
  return (await res.json()) as { booked: string[] };
});

export const main = workflow(async (eventId: string, spare = 2) => {
  const corners = (await loadCorners(eventId)).toSorted((a, b) => a.id.localeCompare(b.id));
  const booked: Record<string, string[]> = {};
  const short: string[] = [];
  for (const corner of corners) {
    try {
      const r = await bookMarshals(eventId, corner.id, corner.needs + (corner.needs > 3 ? spare : 0));
      booked[corner.id] = r.booked;
    } catch (e) {
      if (e instanceof StepSuspend) throw e;
      short.push(corner.name);
    }
  }
  return { eventId, covered: Object.keys(booked).length, short };
});
