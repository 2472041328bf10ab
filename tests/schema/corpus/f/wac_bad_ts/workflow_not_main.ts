// MISTAKE: workflow() wraps a helper instead of the exported entry point.
// Windmill runs `main`, which here is a plain async function, so no
// checkpointing happens.
import { task, workflow } from "windmill-client";

const exportAccounts = task(async (source: string): Promise<unknown[]> => {
  return await (await fetch(`https://${source}/api/accounts/export`)).json();
}, { timeout: 600 });

const importAccounts = task(async (target: string, accounts: unknown[]): Promise<number> => {
  const res = await fetch(`https://${target}/api/accounts/import`, { method: "POST", body: JSON.stringify(accounts) });
  if (!res.ok) throw new Error(`import: ${res.status}`);
  return (await res.json()).imported;
}, { timeout: 600 });

const syncAccounts = workflow(async (source: string, target: string) => { // expect: WAC005
  const accounts = await exportAccounts(source);
  const imported = await importAccounts(target, accounts);
  return { exported: accounts.length, imported };
});

export async function main(source: string, target: string) {
  return await syncAccounts(source, target);
}
