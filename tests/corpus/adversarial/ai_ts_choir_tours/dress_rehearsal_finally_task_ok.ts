// SDK: windmill-client 1.818.0 client.mjs: `_raiseSuspend` parks each suspension in `_pendingSuspend` and `_nextStep` begins with `_rethrowSwallowed()`, so while the workflow suspends inside the `try` the `releaseHall` call in the `finally` only rethrows the parked suspension (no key is allocated); on the round where the `try` finishes it runs once, as written
import { task, sleep, workflow } from "windmill-client";

type Hall = { id: string; name: string };

const openHall = task(async (hallId: string, date: string) => {
  const r = await fetch(`https://venues.choir-tours.example/v1/halls/${hallId}/open`, {
    method: "POST",
    body: JSON.stringify({ date }),
  });
  return (await r.json()) as { accessCode: string };
});

const soundCheck = task(async (hallId: string, sections: string[]) => {
  const r = await fetch(`https://av.choir-tours.example/v1/halls/${hallId}/soundcheck`, {
    method: "POST",
    body: JSON.stringify({ sections }),
  });
  return (await r.json()) as { ok: boolean; notes: string[] };
});

const releaseHall = task(async (hallId: string) => {
  await fetch(`https://venues.choir-tours.example/v1/halls/${hallId}/release`, { method: "POST" });
  return { released: true };
});

class DressRehearsal {
  constructor(
    private readonly hall: Hall,
    private readonly date: string,
  ) {}

  async run(sections: string[]) {
    const { accessCode } = await openHall(this.hall.id, this.date);
    try {
      const check = await soundCheck(this.hall.id, sections);
      await sleep(90 * 60);
      return { accessCode, ...check };
    } finally {
      await releaseHall(this.hall.id);
    }
  }
}

export const main = workflow(async (hall: Hall, date: string, sections: string[]) => {
  const rehearsal = new DressRehearsal(hall, date);
  const result = await rehearsal.run(sections);
  return { hall: hall.name, date, ...result };
});
