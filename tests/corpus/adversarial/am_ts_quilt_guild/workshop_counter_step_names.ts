// SDK: windmill-client 1.818.0 index.js `_runInlineStep`: the key is `_allocKey(name)`; the name comes from a generator the body advances, so it is not a literal: Windmill's diagram labels the step `step`, and reordering the loop renumbers every key
import { step, task, workflow } from "windmill-client";

function* stepNames(prefix: string): Generator<string, never> {
  let i = 0;
  while (true) yield `${prefix}_${++i}`;
}

const bookRoom = task(async function bookRoom(workshop: string, seats: number) {
  const r = await fetch("https://venue.quiltguild.example/api/rooms", {
    method: "POST",
    body: JSON.stringify({ workshop, seats }),
  });
  return (await r.json()) as { room: string };
});

export const main = workflow(async (workshops: { title: string; tutor: string; seats: number }[]) => {
  const names = stepNames("kit_list");
  const out = [];
  for (const w of workshops) {
    const room = await bookRoom(w.title, w.seats);
    const kit = await step(names.next().value, () => ({ title: w.title, kits: Math.ceil(w.seats * 1.1) })); // expect: WAC103
    out.push({ ...room, ...kit });
  }
  return out;
});
