// SDK: windmill-client 1.818.0 client.mjs: each round re-runs the script from the top, so a module-level Date.now() is another value per round
import { task, step, sleep, workflow } from "windmill-client";

const CHECKIN_WINDOW_MS = 45 * 60_000;
const SCRIPT_LOADED_AT = Date.now();

const openCheckin = task(async (sailingId: string) => {
  const res = await fetch(`https://terminal.blueferry.example/checkin/${sailingId}/open`, { method: "POST" });
  return { opened: res.ok };
});

const closeCheckin = task(async (sailingId: string, closesAtMs: number) => {
  const res = await fetch(`https://terminal.blueferry.example/checkin/${sailingId}/close`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ closesAt: new Date(closesAtMs).toISOString() }),
  });
  return { closed: res.ok };
});

const countCheckedIn = task(async (sailingId: string) => {
  const res = await fetch(`https://terminal.blueferry.example/checkin/${sailingId}/count`);
  return (await res.json()) as { checkedIn: number; expected: number };
});

export const main = workflow(async (sailingId: string) => {
  await openCheckin(sailingId);
  const closesAt = SCRIPT_LOADED_AT + CHECKIN_WINDOW_MS; // expect: WAC102

  await sleep(CHECKIN_WINDOW_MS / 1000);
  const counts = await countCheckedIn(sailingId);
  await closeCheckin(sailingId, closesAt);

  return { sailingId, ...counts, noShows: counts.expected - counts.checkedIn };
});
