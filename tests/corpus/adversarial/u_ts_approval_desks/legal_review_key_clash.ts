// SDK: windmill-client 1.818.0 _allocKey/_waitForApproval (client.mjs: step("legal_review") takes the key `legal_review`, so waitForApproval({ key: "legal_review" }) is allocated `legal_review_2` and throws)
import { task, step, waitForApproval, workflow } from "windmill-client";

type Contract = { id: string; counterparty: string; valueEur: number; clauses: string[] };

const fetchContract = task(async function fetchContract(id: string): Promise<Contract> {
  const res = await fetch(`https://clm.internal/contracts/${id}`);
  return (await res.json()) as Contract;
});

const countersign = task(async function countersign(id: string, signer: string) {
  await fetch(`https://clm.internal/contracts/${id}/sign`, { method: "POST", body: JSON.stringify({ signer }) });
  return true;
});

const RISKY = ["unlimited liability", "auto-renewal", "exclusivity"];

export const main = workflow(async (contractId: string) => {
  const contract = await fetchContract(contractId);
  const flags = await step("legal_review", () =>
    contract.clauses.filter((c) => RISKY.some((r) => c.toLowerCase().includes(r))),
  );
  if (flags.length > 0 || contract.valueEur > 100_000) {
    const review = await waitForApproval({ key: "legal_review", timeout: 5 * 86400 }); // expect: WAC303
    if (!review.approved) return { contractId, signed: false, flags };
  }
  const signed = await countersign(contractId, "ops@acme.example");
  return { contractId, signed, flags };
});
