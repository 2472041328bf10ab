// SDK: windmill-client 1.818.0 client.mjs: a task call returns a thenable that suspends only when awaited (then); dropped ones are flushed but their results never read
import { task, step, workflow } from "windmill-client";

const holdSeat = task(async (sailingId: string, seatIndex: number, groupRef: string) => {
  const res = await fetch(`https://booking.blueferry.example/sailings/${sailingId}/seats/hold`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seatIndex, groupRef }),
  });
  return { seatIndex, held: res.ok };
});

const confirmGroup = task(async (sailingId: string, groupRef: string, seats: number) => {
  const res = await fetch(`https://booking.blueferry.example/groups/${groupRef}/confirm`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sailingId, seats }),
  });
  return { confirmed: res.ok };
});

export const main = workflow(async (sailingId: string, groupRef: string, groupSize: number) => {
  if (groupSize <= 0) return { sailingId, confirmed: false };

  const holds = Array.from({ length: groupSize }, (_, i) => holdSeat(sailingId, i, groupRef)); // expect: WAC106
  console.log(`requested ${holds.length} seat holds for ${groupRef}`);

  const { confirmed } = await confirmGroup(sailingId, groupRef, groupSize);
  return { sailingId, groupRef, confirmed };
});
