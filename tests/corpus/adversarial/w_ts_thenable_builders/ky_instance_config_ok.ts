// SDK: windmill-client 1.818.0 replays the body each round; ky.create/extend only build instances, the requests run in tasks
import { task, workflow } from "windmill-client";
import ky from "ky";

const api = ky.create({ prefixUrl: "https://hr.internal/api", timeout: 10_000, retry: 2 });

const createAccount = task(async (email: string, team: string) => {
  return await api.post("accounts", { json: { email, team } }).json<{ accountId: string }>();
});

const grantLicenses = task(async (accountId: string, products: string[]) => {
  return await api.post(`accounts/${accountId}/licenses`, { json: { products } }).json<{ granted: number }>();
});

const recordEvent = task(async (accountId: string, kind: string) => {
  await api.post("onboarding/events", { json: { accountId, kind } });
  return kind;
});

export const main = workflow(async (email: string, team: string, products: string[]) => {
  const teamApi = api.extend({ headers: { "X-Team": team } });
  const { accountId } = await createAccount(email, team);
  const { granted } = await grantLicenses(accountId, products);
  await recordEvent(accountId, "provisioned");
  return { accountId, granted, client: typeof teamApi };
});
