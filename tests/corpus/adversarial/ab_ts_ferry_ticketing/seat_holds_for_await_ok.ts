// SDK: windmill-client 1.818.0 client.mjs: tasks called together are pending together and suspend as one parallel batch at the first then(); for await awaits each thenable in order
import { task, step, workflow } from "windmill-client";

const holdSeat = task(async (sailingId: string, seatIndex: number, groupRef: string) => {
  const res = await fetch(`https://booking.blueferry.example/sailings/${sailingId}/seats/hold`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seatIndex, groupRef }),
  });
  return { seatIndex, held: res.ok };
});

const releaseSeat = task(async (sailingId: string, seatIndex: number) => {
  await fetch(`https://booking.blueferry.example/sailings/${sailingId}/seats/${seatIndex}`, {
    method: "DELETE",
  });
  return { seatIndex, released: true };
});

export const main = workflow(async (sailingId: string, groupRef: string, groupSize: number) => {
  const holds = Array.from({ length: groupSize }, (_, i) => holdSeat(sailingId, i, groupRef));

  const held: number[] = [];
  const failed: number[] = [];
  for await (const h of holds) {
    (h.held ? held : failed).push(h.seatIndex);
  }

  if (failed.length > 0) {
    const released = await Promise.all(held.map((i) => releaseSeat(sailingId, i)));
    return { sailingId, groupRef, confirmed: false, released: released.length };
  }
  return { sailingId, groupRef, confirmed: true, seats: held };
});
