// SDK: windmill-client 1.818.0 dist/wacError.mjs taskErrorFromMarker(): a failed task reaches the body as a plain Error named "TaskError" rebuilt from the checkpoint; the OverbookedError the task threw is never the caught value, so the guard helper's instanceof is always false
import { task, workflow } from "windmill-client";

class OverbookedError extends Error {
  constructor(
    readonly hotel: string,
    readonly short: number,
  ) {
    super(`${hotel} is short by ${short} rooms`);
    this.name = "OverbookedError";
  }
}

function isOverbooked(e: unknown): e is OverbookedError {
  return e instanceof OverbookedError;
}

const blockRooms = task(async (hotel: string, nights: string[], rooms: number) => {
  const r = await fetch("https://hotels.choir-tours.example/v1/blocks", {
    method: "POST",
    body: JSON.stringify({ hotel, nights, rooms }),
  });
  const body = (await r.json()) as { granted: number; blockId: string };
  if (body.granted < rooms) throw new OverbookedError(hotel, rooms - body.granted);
  return body.blockId;
});

const findOverflowHotel = task(async (city: string, rooms: number, nights: string[]) => {
  const r = await fetch(`https://hotels.choir-tours.example/v1/search?city=${city}&rooms=${rooms}&nights=${nights.join(",")}`);
  return ((await r.json()) as { hotel: string }[])[0]?.hotel ?? null;
});

export const main = workflow(async (city: string, hotel: string, nights: string[], singers: number) => {
  const rooms = Math.ceil(singers / 2);
  const blocks: string[] = [];
  try {
    blocks.push(await blockRooms(hotel, nights, rooms));
  } catch (e) {
    if (!isOverbooked(e)) throw e; // expect: WAC204
    const overflow = await findOverflowHotel(city, e.short, nights);
    if (!overflow) throw new Error(`no overflow hotel in ${city}`);
    blocks.push(await blockRooms(overflow, nights, e.short));
  }
  return { city, blocks };
});
