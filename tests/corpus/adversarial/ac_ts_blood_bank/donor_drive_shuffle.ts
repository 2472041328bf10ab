// SDK: windmill-client 1.818.0 client.mjs: step keys are allocated in call order (_allocKey), so a donor list shuffled with Math.random in the body sends the invitations under different keys on every replay
import { task, step, workflow } from "windmill-client";

interface Donor {
  id: string;
  group: string;
  lastDonation: string;
  phone: string;
}

const fetchEligible = task(async (region: string, group: string): Promise<Donor[]> => {
  const r = await fetch(`https://api.hemolink.example/v2/donors?region=${region}&group=${encodeURIComponent(group)}&eligible=1`);
  return (await r.json()) as Donor[];
});

const inviteDonor = task(async (donor: Donor, driveId: string) => {
  const r = await fetch("https://api.hemolink.example/v2/invitations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ donorId: donor.id, driveId }),
  });
  return { donorId: donor.id, ok: r.ok };
});

const MAX_PER_DRIVE = 40;

export const main = workflow(async (driveId: string, region: string, groups: string[]) => {
  const pools = await Promise.all(groups.map((g) => fetchEligible(region, g)));
  const everyone = pools.flat();

  // Fairness: don't always invite the same people first.
  const picked = everyone.toSorted(() => Math.random() - 0.5).slice(0, MAX_PER_DRIVE); // expect: WAC102

  const invited = [];
  for (const donor of picked) {
    invited.push(await inviteDonor(donor, driveId));
  }
  const summary = await step("summary", () => ({
    driveId,
    invited: invited.filter((i) => i.ok).length,
    failed: invited.filter((i) => !i.ok).map((i) => i.donorId),
  }));
  return summary;
});
