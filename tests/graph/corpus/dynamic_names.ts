// Onboard a list of vendors: step names and approval keys built from data at
// run time, and a script task whose path comes from an argument.
import { step, task, taskScript, waitForApproval, workflow } from "windmill-client";

const register = task(async (vendor: string) => {
  await fetch("https://erp.example/vendors", { method: "POST", body: vendor });
});

export const main = workflow(async (vendors: string[], checklistPath: string) => {
  const runChecklist = taskScript(checklistPath);
  for (const vendor of vendors) {
    const checkedAt = await step(`checked_${vendor}`, () => Date.now());
    await runChecklist({ vendor, checkedAt });
    await waitForApproval({ key: "vendor_" + vendor, timeout: 86400 });
    await register(vendor);
  }
  await step("summary", () => vendors.length);
  return { onboarded: vendors.length };
});
