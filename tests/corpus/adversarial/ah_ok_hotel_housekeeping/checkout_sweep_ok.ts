// SDK: windmill-client 1.818.0 workflow / task / step (client.d.ts): the clock is read inside the task and inside a step; a try/catch that swallows everything sits inside a task body (its own job, never replayed); Promise.all over task calls; step() used for a deterministic plan
import { step, task, workflow } from "windmill-client";

type Room = { number: string; floor: number; checkout: string; vip: boolean };

const PMS = "https://pms.hotel.example/v2";

const listCheckouts = task(async (property: string, day: string): Promise<Room[]> => {
  const res = await fetch(`${PMS}/${property}/checkouts?day=${day}`);
  if (!res.ok) throw new Error(`PMS ${res.status}`);
  return (await res.json()) as Room[];
});

const markForCleaning = task(async (property: string, room: string, priority: number) => {
  const queuedAt = new Date().toISOString();
  try {
    const res = await fetch(`${PMS}/${property}/rooms/${room}/housekeeping`, {
      method: "PUT",
      body: JSON.stringify({ status: "dirty", priority, queuedAt }),
    });
    return { room, ok: res.ok };
  } catch (err) {
    console.error(`room ${room}: ${String(err)}`);
    return { room, ok: false };
  }
});

function planWaves(rooms: Room[], perWave: number): Room[][] {
  const sorted = [...rooms].sort((a, b) => Number(b.vip) - Number(a.vip) || a.floor - b.floor);
  const waves: Room[][] = [];
  for (let i = 0; i < sorted.length; i += perWave) waves.push(sorted.slice(i, i + perWave));
  return waves;
}

export const main = workflow(async (property: string, day: string, perWave: number = 12) => {
  const rooms = await listCheckouts(property, day);
  const waves = await step("plan_waves", () => planWaves(rooms, perWave));
  const sweptAt = await step("swept_at", () => Date.now());
  const results: { room: string; ok: boolean }[] = [];
  for (const [i, wave] of waves.entries()) {
    const done = await Promise.all(wave.map((r) => markForCleaning(property, r.number, r.vip ? 1 : 2 + i)));
    results.push(...done);
  }
  const failed = results.filter((r) => !r.ok).map((r) => r.room);
  return { waves: waves.length, failed, sweptAt: new Date(sweptAt).toISOString() };
});
