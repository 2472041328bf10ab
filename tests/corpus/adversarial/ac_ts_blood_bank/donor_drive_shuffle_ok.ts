// SDK: windmill-client 1.818.0 client.mjs: the shuffle happens inside step(), whose result (the picked ids) is replayed from the checkpoint; the invitations then go out in the same order every round
import { task, step, workflow } from "windmill-client";

interface Donor {
  id: string;
  group: string;
}

const fetchEligible = task(async (region: string, group: string): Promise<Donor[]> => {
  const r = await fetch(`https://api.hemolink.example/v2/donors?region=${region}&group=${encodeURIComponent(group)}&eligible=1`);
  return (await r.json()) as Donor[];
});

const inviteDonor = task(async (donorId: string, driveId: string) => {
  const r = await fetch("https://api.hemolink.example/v2/invitations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ donorId, driveId }),
  });
  return { donorId, ok: r.ok };
});

export const main = workflow(async (driveId: string, region: string, groups: string[]) => {
  const pools = await Promise.all(groups.map((g) => fetchEligible(region, g)));
  const ids = pools.flat().map((d) => d.id);

  const picked = await step("pick", () => {
    const buf = new Uint32Array(ids.length);
    crypto.getRandomValues(buf);
    return ids
      .map((id, i) => ({ id, r: buf[i] }))
      .toSorted((a, b) => a.r - b.r)
      .slice(0, 40)
      .map((x) => x.id);
  });

  const results = await Promise.all(picked.map((id) => inviteDonor(id, driveId)));
  const sorted = results.toSorted((a, b) => a.donorId.localeCompare(b.donorId, "en"));
  return { driveId, invited: sorted.filter((r) => r.ok).length };
});
