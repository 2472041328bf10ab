// SDK: windmill-client 1.818.0 client.mjs: a closure defined and called in the workflow body runs in the body on each replay.
import { task, workflow } from "windmill-client";

const tagResources = task(async (account: string, tags: Record<string, string>) => ({ account, tags }));

export const main = workflow(async (accounts: string[], owner: string) => {
  const auditLog = async (line: string) => {
    await fetch("https://audit.example.com/api/lines", { method: "POST", body: line });
  };
  const results = [];
  for (const account of accounts) {
    results.push(await tagResources(account, { owner }));
  }
  await auditLog(`tagged ${accounts.length} accounts for ${owner}`); // expect: WAC101
  return results;
});
