// SDK: windmill-client 1.818.0 client.mjs: Promise.allSettled turns the StepSuspend the first task's `then` raises into a { status: "rejected" } entry; the desk counts every player unsigned on the dispatch round and pages the front desk before any waiver is checked
import { task, workflow, sleep } from "windmill-client";

type Player = { name: string; email: string; dob: string };

const verifyWaiver = task(async (bookingRef: string, p: Player) => {
  const r = await fetch(`https://waivers.lockbox-escapes.example/${bookingRef}/${encodeURIComponent(p.email)}`);
  if (r.status === 404) throw new Error(`no waiver for ${p.name}`);
  return (await r.json()).signedAt as string;
});

const remindFrontDesk = task(async (bookingRef: string, missing: string[]) => {
  await fetch("https://hooks.lockbox-escapes.example/front-desk", {
    method: "POST",
    body: JSON.stringify({ bookingRef, missing }),
  });
  return missing.length;
});

class WaiverDesk {
  constructor(private readonly bookingRef: string) {}

  async unsigned(players: Player[]): Promise<string[]> {
    const checks = await Promise.allSettled(players.map((p) => verifyWaiver(this.bookingRef, p)));
    return players.filter((_, i) => checks[i].status === "rejected").map((p) => p.name);
  }
}

export const main = workflow(async (bookingRef: string, players: Player[], graceMinutes = 15) => {
  const desk = new WaiverDesk(bookingRef);
  let missing = await desk.unsigned(players); // expect: WAC202
  if (missing.length > 0) {
    await remindFrontDesk(bookingRef, missing);
    await sleep(graceMinutes * 60);
    missing = await desk.unsigned(players.filter((p) => missing.includes(p.name))); // expect: WAC202
  }
  return { bookingRef, cleared: missing.length === 0, missing };
});
