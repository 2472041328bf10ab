// SDK: windmill-client 1.818.0 replays the body each round; ky.post(...).json() sends the request in the body every round
import { task, workflow } from "windmill-client";
import ky from "ky";

const api = ky.create({ prefixUrl: "https://hr.internal/api", timeout: 10_000, retry: 2 });

const createAccount = task(async (email: string, team: string) => {
  return await api.post("accounts", { json: { email, team } }).json<{ accountId: string }>();
});

const grantLicenses = task(async (accountId: string, products: string[]) => {
  return await api.post(`accounts/${accountId}/licenses`, { json: { products } }).json<{ granted: number }>();
});

export const main = workflow(async (email: string, team: string, products: string[]) => {
  const { accountId } = await createAccount(email, team);
  const { granted } = await grantLicenses(accountId, products);
  await api.post("onboarding/events", { json: { accountId, kind: "provisioned" } }).json(); // expect: WAC101
  return { accountId, granted };
});
