// SDK: windmill-client 1.818.0 client.mjs: a task's class instance is written as its own enumerable fields; the replayed value is a plain object without `isFree` / `hold`
import { task, step, workflow, waitForApproval, getResumeUrls } from "windmill-client";

class SeatMap {
  constructor(
    public readonly screeningId: string,
    private readonly taken: string[],
  ) {}
  isFree(seat: string): boolean {
    return !this.taken.includes(seat);
  }
  firstFree(row: string, count: number): string[] {
    const out: string[] = [];
    for (let n = 1; n <= 30 && out.length < count; n++) {
      const seat = `${row}${n}`;
      if (this.isFree(seat)) out.push(seat);
    }
    return out;
  }
}

const loadSeatMap = task(async (screeningId: string) => {
  const r = await fetch(`https://tickets.reelfest.example/api/screenings/${screeningId}/taken`);
  const taken = (await r.json()) as string[];
  return new SeatMap(screeningId, taken); // expect: WAC107
});

const holdSeats = task(async (screeningId: string, seats: string[], guest: string) => {
  const r = await fetch(`https://tickets.reelfest.example/api/screenings/${screeningId}/holds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seats, guest }),
  });
  return ((await r.json()) as { holdId: string }).holdId;
});

const sendInvite = task(async (guest: string, seats: string[], approvalPage: string) => {
  await fetch("https://mail.reelfest.example/send", {
    method: "POST",
    body: JSON.stringify({ to: "vip-desk@reelfest.example", guest, seats, approvalPage }),
  });
  return true;
});

export const main = workflow(async (screeningId: string, guests: { name: string; party: number }[]) => {
  const map = await loadSeatMap(screeningId);
  const holds: { guest: string; holdId: string; seats: string[] }[] = [];

  for (const g of guests) {
    const seats = map.firstFree("C", g.party);
    if (seats.length < g.party) continue;
    holds.push({ guest: g.name, seats, holdId: await holdSeats(screeningId, seats, g.name) });
  }

  const urls = await step("urls", () => getResumeUrls());
  await sendInvite(holds.map((h) => h.guest).join(", "), holds.flatMap((h) => h.seats), urls.approvalPage);
  await waitForApproval({ timeout: 48 * 3600 });
  return { screeningId, holds };
});
