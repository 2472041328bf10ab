// SDK: windmill-client 1.818.0 client.mjs: the task's result goes through `JSON.stringify` in the child job, and a `Set` serialises as `{}`; the body's `Array.isArray` is false and `[...names]` throws "is not iterable"
import { task, waitForApproval, workflow } from "windmill-client";
import _ from "lodash";

type Party = { name: string; role: "plaintiff" | "defendant" | "intervenor" | "counsel" };

const partiesOf = task(async (court: string, caseNumber: string) => {
  const r = await fetch(`https://pacer-proxy.courtfile.example/${court}/cases/${encodeURIComponent(caseNumber)}/parties`);
  const parties = (await r.json()) as Party[];
  return new Set(parties.map((p) => p.name.trim().toUpperCase())); // expect: WAC107
});

const clientRoster = task(async () => {
  const r = await fetch("https://crm.lawfirm.example/api/clients?fields=legal_name,aliases");
  const rows = (await r.json()) as { legal_name: string; aliases: string[] }[];
  return rows.flatMap((c) => [c.legal_name, ...c.aliases].map((n) => n.toUpperCase()));
});

const recordConflictCheck = task(async (caseNumber: string, hits: string[], cleared: boolean) => {
  await fetch("https://crm.lawfirm.example/api/conflict-checks", {
    method: "POST",
    body: JSON.stringify({ caseNumber, hits, cleared }),
  });
  return cleared;
});

export const main = workflow(async (court: string, caseNumber: string) => {
  const [names, roster] = await Promise.all([partiesOf(court, caseNumber), clientRoster()]);
  const partyList = Array.isArray(names) ? names : [...names];
  const hits = _.intersection(partyList, roster).sort();
  if (hits.length === 0) return await recordConflictCheck(caseNumber, [], true);

  const decision = await waitForApproval({ timeout: 3 * 86400, form: { hits } });
  return await recordConflictCheck(caseNumber, hits, decision.approved);
});
