// SDK: windmill-client 1.818.0 client.mjs: the waiver lookups run in one task, where allSettled only sees fetch results; the body awaits tasks without catching
import { task, workflow, sleep } from "windmill-client";

type Player = { name: string; email: string; dob: string };

const unsignedPlayers = task(async (bookingRef: string, players: Player[]) => {
  const checks = await Promise.allSettled(
    players.map(async (p) => {
      const r = await fetch(`https://waivers.lockbox-escapes.example/${bookingRef}/${encodeURIComponent(p.email)}`);
      if (r.status === 404) throw new Error(`no waiver for ${p.name}`);
      return (await r.json()).signedAt as string;
    }),
  );
  return players.filter((_, i) => checks[i].status === "rejected").map((p) => p.name);
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
  unsigned(players: Player[]) {
    return unsignedPlayers(this.bookingRef, players);
  }
}

export const main = workflow(async (bookingRef: string, players: Player[], graceMinutes = 15) => {
  const desk = new WaiverDesk(bookingRef);
  let missing = await desk.unsigned(players);
  if (missing.length > 0) {
    await remindFrontDesk(bookingRef, missing);
    await sleep(graceMinutes * 60);
    missing = await desk.unsigned(players.filter((p) => missing.includes(p.name)));
  }
  return { bookingRef, cleared: missing.length === 0, missing };
});
