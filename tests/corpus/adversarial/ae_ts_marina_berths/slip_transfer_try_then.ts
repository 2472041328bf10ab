// SDK: windmill-client 1.818.0 client.mjs: the helper's `p.then(ok, onRejected)` on a failed task's bare `{ then }` calls `onRejected` and returns nothing, so `await attempt(...)` is `undefined` and destructuring it throws a TypeError (added after the fixes)
import { task, workflow } from "windmill-client";

const attempt = <T,>(p: PromiseLike<T>) =>
  p.then(
    (value) => [null, value] as const,
    (error: unknown) => [error, null] as const,
  );

type Transfer = { from: string; to: string; vessel: string };

const moveVessel = task(async (t: Transfer) => {
  const r = await fetch("https://harbour.portobelo-marina.example/transfers", {
    method: "POST",
    body: JSON.stringify(t),
  });
  if (r.status === 409) throw new Error(`berth ${t.to} is occupied`);
  return (await r.json()) as { transferId: string };
});

const notifyDockhand = task(async (vessel: string, message: string) => {
  await fetch("https://radio.portobelo-marina.example/dockhands", {
    method: "POST",
    body: JSON.stringify({ vessel, message }),
  });
});

export const main = workflow(async (transfers: Transfer[]) => {
  const moved: string[] = [];
  for (const t of transfers) {
    const [error, done] = await attempt(moveVessel(t)); // expect: WAC301
    if (error !== null || done === null) {
      await notifyDockhand(t.vessel, `transfer to ${t.to} refused`);
      continue;
    }
    moved.push(done.transferId);
  }
  return { moved };
});
