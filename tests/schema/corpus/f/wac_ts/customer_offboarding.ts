// Offboard a customer: stop if the account does not exist or is already
// closed; otherwise cancel the subscription, export their data and close it.
import { task, taskScript, workflow } from "windmill-client";

const exportCustomerData = taskScript("./export_customer_data.ts", { timeout: 1800 });

type Account = { id: string; status: string; subscription_id?: string };

const getAccount = task(async (accountId: string): Promise<Account | null> => {
  const res = await fetch(`https://billing.example/api/accounts/${accountId}`);
  if (res.status === 404) return null;
  return await res.json();
});

const cancelSubscription = task(async (subscriptionId: string) => {
  await fetch(`https://billing.example/api/subscriptions/${subscriptionId}`, { method: "DELETE" });
});

const closeAccount = task(async (accountId: string, exportUrl: string) => {
  await fetch(`https://billing.example/api/accounts/${accountId}/close`, { method: "POST", body: JSON.stringify({ export: exportUrl }) });
});

export const main = workflow(async (accountId: string) => {
  const account = await getAccount(accountId);
  if (!account) {
    return { status: "not_found" };
  }
  if (account.status === "closed") return { status: "already_closed" };
  if (account.subscription_id) {
    await cancelSubscription(account.subscription_id);
  }
  const exported = await exportCustomerData({ account_id: accountId });
  await closeAccount(accountId, exported.url);
  return { status: "closed", export: exported.url };
});
