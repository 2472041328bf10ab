// SDK: windmill-client 1.818.0 a numeric enum member is a number and survives JSON; tasks picked from a table keyed by enum values are the file's top-level tasks
// Plan migration: numeric enum for tiers, a handler table keyed by the enum.
import { task, workflow } from "windmill-client";

enum Tier {
  Free,
  Team,
  Enterprise,
}

const migrateFree = task(async (accountId: string) => {
  await fetch(`https://billing.example.com/accounts/${accountId}/migrate`, { method: "POST", body: '{"plan":"free-v2"}' });
  return Tier.Free;
});
const migrateTeam = task(async (accountId: string) => {
  await fetch(`https://billing.example.com/accounts/${accountId}/migrate`, { method: "POST", body: '{"plan":"team-v2"}' });
  return Tier.Team;
});
const migrateEnterprise = task(async (accountId: string) => {
  await fetch(`https://billing.example.com/accounts/${accountId}/ticket`, { method: "POST", body: '{"kind":"migration"}' });
  return Tier.Enterprise;
});

const HANDLERS: Record<Tier, (accountId: string) => PromiseLike<Tier>> = {
  [Tier.Free]: migrateFree,
  [Tier.Team]: migrateTeam,
  [Tier.Enterprise]: migrateEnterprise,
};

export const main = workflow(async (accounts: { id: string; tier: number }[]) => {
  const done: Record<string, string> = {};
  for (const a of accounts) {
    const tier = a.tier as Tier;
    const migrated = await HANDLERS[tier](a.id);
    done[a.id] = Tier[migrated];
  }
  return done;
});
