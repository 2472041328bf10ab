// SDK: windmill-client 1.818.0 main is a plain script that starts a WAC workflow by path (runScriptByPath waits for it): calling a workflow script from a normal script is fine, only calling it inside a workflow body replays
import * as wmill from "windmill-client";

type Quarter = "Q1" | "Q2" | "Q3" | "Q4";

const QUARTER_MONTHS: Record<Quarter, [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
};

function range(year: number, q: Quarter) {
  const [from, to] = QUARTER_MONTHS[q];
  const last = new Date(Date.UTC(year, to, 0)).getUTCDate();
  return {
    from: `${year}-${String(from).padStart(2, "0")}-01`,
    to: `${year}-${String(to).padStart(2, "0")}-${last}`,
  };
}

export async function main(funder: string, quarter: Quarter, year?: number) {
  const y = year ?? new Date().getUTCFullYear();
  const period = range(y, quarter);
  const t0 = performance.now();

  // f/food_bank/grant_report_wac is a workflow-as-code script; this runs it as a child job.
  const report = await wmill.runScriptByPath("f/food_bank/grant_report_wac", {
    funder,
    period_from: period.from,
    period_to: period.to,
  });

  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  let archived = false;
  try {
    const s3 = await wmill.getResource("f/food_bank/reports_bucket");
    const put = await fetch(`${s3.endpoint}/${funder}/${y}-${quarter}.json`, {
      method: "PUT",
      body: JSON.stringify(report),
    });
    archived = put.ok;
  } catch (e) {
    console.warn(`archive failed: ${e}`);
  }
  return { funder, period, archived, tookSeconds: Number(secs), meals: report?.meals_served ?? 0 };
}
