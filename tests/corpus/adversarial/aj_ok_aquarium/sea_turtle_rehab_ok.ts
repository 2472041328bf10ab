// SDK: windmill-client 1.818.0: waitForApproval({ key }) + getApprovalUrls(key) in a step; keys distinct per stage
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Patient = { tag: string; species: "loggerhead" | "green" | "kemps-ridley"; weightKg: number };

const STAGES = ["intake", "treatment", "release"] as const;

const logChart = task(async (tag: string, stage: string, note: string) => {
  await fetch(`https://vetrecords.example-aquarium.org/charts/${encodeURIComponent(tag)}`, {
    method: "PATCH",
    body: JSON.stringify({ stage, note }),
  });
  return { stage };
});

const emailVet = task(async (tag: string, page: string) => {
  await fetch("https://mail.example-aquarium.org/send", {
    method: "POST",
    body: JSON.stringify({ to: "vet@example-aquarium.org", subject: `Turtle ${tag}`, text: page }),
  });
});

export const main = workflow(async (patient: Patient) => {
  await logChart(patient.tag, STAGES[0], `${patient.species}, ${patient.weightKg} kg`);
  const treatUrls = await step("treatment_urls", () => getApprovalUrls("treatment"));
  await emailVet(patient.tag, treatUrls.approvalPage);
  const treat = await waitForApproval({ key: "treatment", timeout: 7 * 24 * 3600, description: `Start treatment for ${patient.tag}?` });
  if (!treat.approved) return { tag: patient.tag, stage: STAGES[0] };
  await logChart(patient.tag, STAGES[1], `approved by ${treat.approver}`);

  const releaseUrls = await step("release_urls", () => getApprovalUrls("release"));
  await emailVet(patient.tag, releaseUrls.approvalPage);
  const release = await waitForApproval({ key: "release", timeout: 30 * 24 * 3600, skin: "minimal" });
  await logChart(patient.tag, release.approved ? STAGES[2] : STAGES[1], `release decision by ${release.approver}`);
  return { tag: patient.tag, released: release.approved };
});
