// SDK: windmill-client 1.818.0 a generic higher-order withTimeout used only inside tasks; a pure reducer in the body; step() with an async callback that reads getVariable
import { getVariable, step, task, workflow } from "windmill-client";

type Admission = { state: string; barNo: string; status: "active" | "inactive" | "suspended"; expires: string };

function withTimeout<A extends unknown[], R>(fn: (...a: A) => Promise<R>, ms: number) {
  return async (...a: A): Promise<R> => {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), ms);
    try {
      return await fn(...a);
    } finally {
      clearTimeout(timer);
    }
  };
}

const lookup = withTimeout(async (state: string, barNo: string) => {
  const res = await fetch(`https://bars.example/${state}/lookup/${barNo}`);
  return (await res.json()) as Admission;
}, 10_000);

const checkAdmission = task(async (state: string, barNo: string) => lookup(state, barNo));

const updateRoster = task(async (attorney: string, admissions: Admission[]) => {
  const res = await fetch(`https://hr.lawfirm.example/attorneys/${attorney}/admissions`, {
    method: "PUT",
    body: JSON.stringify(admissions),
  });
  return res.ok;
});

const tally = (xs: Admission[]) =>
  xs.reduce<Record<Admission["status"], number>>(
    (acc, a) => ({ ...acc, [a.status]: acc[a.status] + 1 }),
    { active: 0, inactive: 0, suspended: 0 },
  );

export const main = workflow(async (attorney: string, bars: { state: string; barNo: string }[]) => {
  const policy = await step("policy", async () => JSON.parse(await getVariable("f/legal/admission_policy")) as { warnDays: number });
  const admissions: Admission[] = [];
  for (const { state, barNo } of bars) admissions.push(await checkAdmission(state, barNo));
  const counts = tally(admissions);
  const saved = await updateRoster(attorney, admissions);
  return { counts, saved, warnDays: policy.warnDays };
});
