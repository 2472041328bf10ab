// SDK: windmill-client 1.818.0 a helper the body awaits that runs tasks in a loop and returns their results; a catch inside a task; getters on a plain class
import { step, task, workflow } from "windmill-client";

type Booking = { guest: string; lodge: string; nights: number; rateCents: number };

class Stay {
  constructor(readonly b: Booking) {}
  get totalCents(): number {
    return this.b.nights * this.b.rateCents;
  }
  get label(): string {
    return `${this.b.guest} @ ${this.b.lodge} x${this.b.nights}`;
  }
}

const holdRoom = task(async (lodge: string, guest: string, nights: number) => {
  try {
    const res = await fetch(`https://pms.resort.example/${lodge}/holds`, { method: "POST", body: JSON.stringify({ guest, nights }) });
    return { lodge, guest, held: res.ok };
  } catch (e) {
    return { lodge, guest, held: false, error: String(e) };
  }
});

const charge = task(async (guest: string, cents: number) => {
  const res = await fetch("https://pay.resort.example/charges", { method: "POST", body: JSON.stringify({ guest, cents }) });
  return (await res.json()) as { id: string };
});

async function holdAll(stays: Stay[]) {
  const held = [];
  for (const s of stays) held.push(await holdRoom(s.b.lodge, s.b.guest, s.b.nights));
  return held;
}

export const main = workflow(async (bookings: Booking[]) => {
  const stays = bookings.map((b) => new Stay(b));
  const held = await holdAll(stays);
  const ok = stays.filter((_, i) => held[i].held);
  const charges = [];
  for (const s of ok) charges.push({ label: s.label, ...(await charge(s.b.guest, s.totalCents)) });
  const closedAt = await step("closed_at", () => new Date().toISOString());
  return { charges, failed: stays.length - ok.length, closedAt };
});
