// SDK: windmill-client 1.818.0 client.mjs: _allocKey numbers repeats of one literal name; a name built from a WeakMap counter is stable across replays (the module reloads) but Windmill's WAC parser reads only literal names
import { task, workflow, step } from "windmill-client";

type RoomConfig = { id: string; locks: { id: string; code: string }[]; durationMin: number };

const seq = new WeakMap<RoomConfig, number>();
let counter = 0;

function syncKey(room: RoomConfig): string {
  if (!seq.has(room)) seq.set(room, ++counter);
  return `sync-${seq.get(room)}`;
}

const pushLockCodes = task(async (roomId: string, codes: { id: string; code: string }[]) => {
  const r = await fetch(`https://rooms.lockbox-escapes.example/${roomId}/locks`, {
    method: "PUT",
    body: JSON.stringify(codes),
  });
  return r.ok;
});

export const main = workflow(async (rooms: RoomConfig[]) => {
  const results: Record<string, boolean> = {};
  for (const room of rooms) {
    const codes = await step(syncKey(room), () => // expect: WAC103
      room.locks.map((l) => ({ id: l.id, code: l.code.padStart(4, "0") })),
    );
    results[room.id] = await pushLockCodes(room.id, codes);
  }
  return results;
});
