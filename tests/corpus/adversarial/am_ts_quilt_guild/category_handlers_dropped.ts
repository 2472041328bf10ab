// SDK: windmill-client 1.818.0 index.js: calling a task pushes its step to `ctx.pending` and returns a bare `{ then }`; the handler picked from the table by the entry's `kind` is a task, and the statement drops its result and failure
import { task, workflow } from "windmill-client";

type Kind = "bed" | "wall" | "miniature";
type EntryOf<K extends Kind> = { kind: K; id: string; maker: string };
type Handlers = { [K in Kind]: (entry: EntryOf<K>) => Promise<{ hangingSlot: string }> };

const hangBed = task(async function hangBed(entry: EntryOf<"bed">) {
  const r = await fetch(`https://venue.quiltguild.example/api/beds/${entry.id}`, { method: "POST" });
  return (await r.json()) as { hangingSlot: string };
});

const hangWall = task(async function hangWall(entry: EntryOf<"wall">) {
  const r = await fetch(`https://venue.quiltguild.example/api/walls/${entry.id}`, { method: "POST" });
  return (await r.json()) as { hangingSlot: string };
});

const placeMiniature = task(async function placeMiniature(entry: EntryOf<"miniature">) {
  const r = await fetch(`https://venue.quiltguild.example/api/cases/${entry.id}`, { method: "POST" });
  return (await r.json()) as { hangingSlot: string };
});

const HANDLERS: Handlers = { bed: hangBed, wall: hangWall, miniature: placeMiniature };

export const main = workflow(async (entry: EntryOf<Kind>) => {
  HANDLERS[entry.kind](entry as never); // expect: WAC106
  return { id: entry.id, placed: true };
});
