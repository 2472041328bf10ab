// KYC for a new business customer: run the three checks in parallel; if any of
// them is inconclusive a compliance officer decides.
import { task, workflow, waitForApproval } from "windmill-client";

type Check = { status: "clear" | "inconclusive" | "hit"; hit?: boolean };

const checkSanctions = task(async (companyName: string, country: string): Promise<Check> => {
  const res = await fetch("https://screening.example/api/sanctions", { method: "POST", body: JSON.stringify({ name: companyName, country }) });
  return await res.json();
}, { timeout: 300 });

const checkRegistry = task(async (registrationNumber: string, country: string): Promise<Check> => {
  return await (await fetch(`https://registry.example/api/${country}/${registrationNumber}`)).json();
}, { timeout: 300 });

const checkUbo = task(async (registrationNumber: string): Promise<Check> => {
  return await (await fetch(`https://ubo.example/api/owners/${registrationNumber}`)).json();
}, { timeout: 300 });

const setKycStatus = task(async (customerId: string, status: string, details: object) => {
  await fetch(`https://backoffice.example/api/customers/${customerId}/kyc`, { method: "PUT", body: JSON.stringify({ status, details }) });
});

export const main = workflow(async (customerId: string, companyName: string, registrationNumber: string, country: string) => {
  const [sanctions, registry, ubo] = await Promise.all([
    checkSanctions(companyName, country),
    checkRegistry(registrationNumber, country),
    checkUbo(registrationNumber),
  ]);
  const results = { sanctions, registry, ubo };
  if (sanctions.hit) {
    await setKycStatus(customerId, "rejected", results);
    return { status: "rejected" };
  }
  if (registry.status === "clear" && ubo.status === "clear") {
    await setKycStatus(customerId, "approved", results);
    return { status: "approved" };
  }
  const decision = await waitForApproval({ timeout: 5 * 86400 });
  const status = decision.approved ? "approved" : "rejected";
  await setKycStatus(customerId, status, { ...results, reviewer: decision.approver });
  return { status, reviewer: decision.approver };
});
