// SDK: windmill-client 1.818.0 client.mjs: the task returns the bigint's digits as a string (JSON-safe); the body rebuilds the bigint with `BigInt(...)` in the same round it uses it.
import { task, step, workflow } from "windmill-client";

type Placement = { team_id: string; place: number };

const payoutShare = task(async function payoutShare(poolMicros: string, place: number, teams: number): Promise<string> {
  const res = await fetch(`https://payouts.tourney.internal/api/split?place=${place}&teams=${teams}`);
  const { basis_points } = (await res.json()) as { basis_points: number };
  return ((BigInt(poolMicros) * BigInt(basis_points)) / 10_000n).toString();
});

const transfer = task(async function transfer(teamId: string, micros: string) {
  const res = await fetch("https://payouts.tourney.internal/api/transfers", {
    method: "POST",
    body: JSON.stringify({ team_id: teamId, amount_micros: micros }),
  });
  return (await res.json()) as { transfer_id: string };
});

export const main = workflow(async (pool_micros: string, placements: Placement[]) => {
  let total = 0n;
  const transfers: string[] = [];
  for (const p of placements) {
    const share = BigInt(await payoutShare(pool_micros, p.place, placements.length));
    if (share > 0n) {
      total += share;
      const t = await transfer(p.team_id, share.toString());
      transfers.push(t.transfer_id);
    }
  }
  return await step("payout", () => ({ transfers, total: total.toString() }));
});
