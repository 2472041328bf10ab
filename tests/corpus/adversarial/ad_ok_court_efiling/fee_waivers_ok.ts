// SDK: windmill-client 1.818.0 money kept as integer cents through tasks; a Map used only inside a pure helper never crosses a checkpoint; Promise.all over a fixed tuple
import { task, waitForApproval, workflow } from "windmill-client";

interface Applicant {
  name: string;
  householdSize: number;
  monthlyIncomeCents: number;
}

const POVERTY_LINE_CENTS: Readonly<Record<number, number>> = Object.freeze({
  1: 130_400,
  2: 176_300,
  3: 222_200,
  4: 268_100,
});

function eligibility(a: Applicant): { eligible: boolean; ratio: number } {
  const size = Math.min(Math.max(a.householdSize, 1), 4);
  const line = POVERTY_LINE_CENTS[size];
  const ratio = Math.round((a.monthlyIncomeCents / line) * 1000) / 1000;
  return { eligible: ratio <= 1.25, ratio };
}

function feeSchedule(fees: { code: string; cents: number }[]) {
  const byCode = new Map<string, number>();
  for (const f of fees) byCode.set(f.code, (byCode.get(f.code) ?? 0) + f.cents);
  return [...byCode.entries()].map(([code, cents]) => ({ code, cents }));
}

const lookupFees = task(async (court: string, caseType: string) => {
  const res = await fetch(`https://fees.courts.example/${court}/${caseType}`);
  return (await res.json()) as { code: string; cents: number }[];
});

const verifyBenefits = task(async (name: string) => {
  const res = await fetch(`https://benefits.gov.example/verify?name=${encodeURIComponent(name)}`);
  return (await res.json()) as { snap: boolean; medicaid: boolean };
});

const fileWaiver = task(async (court: string, applicant: Applicant, waivedCents: number) => {
  const res = await fetch(`https://efm.courts.example/${court}/waivers`, {
    method: "POST",
    body: JSON.stringify({ applicant, waivedCents }),
  });
  return { filed: res.ok, waivedCents };
});

export const main = workflow(async (court: string, caseType: string, applicant: Applicant) => {
  const [fees, benefits] = await Promise.all([lookupFees(court, caseType), verifyBenefits(applicant.name)]);
  const schedule = feeSchedule(fees);
  const total = schedule.reduce((n, f) => n + f.cents, 0);
  const { eligible, ratio } = eligibility(applicant);
  if (!eligible && !benefits.snap && !benefits.medicaid) {
    const review = await waitForApproval({ timeout: 5 * 86400 });
    if (!review.approved) return { filed: false, ratio, total };
  }
  return await fileWaiver(court, applicant, total);
});
