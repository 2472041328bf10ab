// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error thrown out of the `try` at each new task; the `finally` then calls releaseHall (a task) on every suspension, so its key is allocated before the task the round was dispatching is checkpointed and keys shift between rounds
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
  const result = await rehearsal.run(sections); // expect: WAC203
  return { hall: hall.name, date, ...result };
});
