// SDK: windmill-client 1.818.0 step() for deterministic values (a prize draw seeded from the inputs with a small PRNG, a bucketing plan), Date.UTC / toISOString of inputs, sleep between reminder waves, tasks that read the clock themselves
import { sleep, step, task, workflow } from "windmill-client";

type Reader = { id: string; email: string; minutes: number; grade: number };

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const loadReaders = task(async (program: string): Promise<Reader[]> => {
  const res = await fetch(`https://beanstack.library.example/programs/${program}/readers`);
  return (await res.json()) as Reader[];
});

const sendWave = task(async (emails: string[], template: string) => {
  const sentAt = Date.now();
  await fetch("https://mail.library.example/bulk", { method: "POST", body: JSON.stringify({ emails, template, sentAt }) });
  return emails.length;
});

export const main = workflow(async (program: string, year: number, goalMinutes: number = 600, prizes: number = 10) => {
  const endsOn = new Date(Date.UTC(year, 7, 15)).toISOString().slice(0, 10);
  const readers = await loadReaders(program);
  const waves = await step("waves", () => {
    const behind = readers.filter((r) => r.minutes < goalMinutes).map((r) => r.email);
    return [behind.slice(0, 500), behind.slice(500)];
  });
  let sent = 0;
  for (const [i, wave] of waves.entries()) {
    if (wave.length === 0) continue;
    sent += await sendWave(wave, i === 0 ? "keep_reading" : "last_call");
    await sleep(3 * 86_400);
  }
  const winners = await step("prize_draw", () => {
    const rand = mulberry32(seedOf(`${program}/${year}`));
    const pool = readers.filter((r) => r.minutes >= goalMinutes).map((r) => r.id).sort();
    const picked: string[] = [];
    while (picked.length < Math.min(prizes, pool.length)) {
      const id = pool[Math.floor(rand() * pool.length)];
      if (!picked.includes(id)) picked.push(id);
    }
    return picked;
  });
  return { endsOn, reminded: sent, winners };
});
