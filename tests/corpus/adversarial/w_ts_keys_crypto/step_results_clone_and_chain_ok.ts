// SDK: windmill-client 1.818.0 step()/task results are JSON round-tripped; structuredClone and optional chaining on them are pure
import { step, task, workflow } from "windmill-client";

type Profile = { id: string; plan?: { tier?: string; seats?: number }; tags?: string[] };

const loadProfile = task(async (accountId: string): Promise<Profile | null> => {
  const res = await fetch(`https://accounts.internal/${accountId}`);
  return res.status === 404 ? null : ((await res.json()) as Profile);
});

const applyPlan = task(async (accountId: string, profile: Profile) => {
  await fetch(`https://accounts.internal/${accountId}/plan`, { method: "PUT", body: JSON.stringify(profile.plan) });
  return profile.plan?.tier ?? "free";
});

export const main = workflow(async (accountId: string, extraSeats: number) => {
  const current = await loadProfile(accountId);
  const defaults = await step("plan_defaults", () => ({ tier: "team", seats: 5 }));
  const next = structuredClone(current ?? { id: accountId });
  next.plan = { ...defaults, ...next.plan };
  next.plan.seats = (current?.plan?.seats ?? defaults.seats) + extraSeats;
  next.tags = [...(current?.tags ?? []), "seat-change"];
  const tier = await applyPlan(accountId, next);
  return { tier, seats: next.plan.seats, firstTag: next.tags?.[0] ?? null };
});
