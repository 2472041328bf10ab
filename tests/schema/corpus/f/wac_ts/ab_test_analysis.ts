// Analyse a finished A/B test: pull exposures and conversions from the
// warehouse, compute significance, and write the verdict back to the
// experiment tracker. Tasks are named function declarations wrapped by task().
import { task, workflow } from "windmill-client";
import * as wmill from "windmill-client";
import { SQL } from "bun";

type Arm = { n: number; conversions: number };

async function loadExperimentData(experimentId: string): Promise<Record<string, Arm>> {
  const db = await wmill.getResource("f/warehouse/analytics_db");
  const sql = new SQL(db.url);
  const rows = await sql`SELECT variant, count(*)::int AS n, sum(converted::int)::int AS conversions FROM exposures WHERE experiment_id = ${experimentId} GROUP BY variant`;
  return Object.fromEntries(rows.map((r: any) => [r.variant, { n: r.n, conversions: r.conversions }]));
}

async function twoProportionTest(data: Record<string, Arm>) {
  const a = data.control;
  const b = data.treatment;
  const p1 = a.conversions / a.n;
  const p2 = b.conversions / b.n;
  const pooled = (a.conversions + b.conversions) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const z = (p2 - p1) / se;
  const pValue = Math.exp(-0.717 * Math.abs(z) - 0.416 * z * z);
  return { lift: p2 - p1, z, pValue };
}

async function recordVerdict(experimentId: string, verdict: string, stats: object) {
  const token = await wmill.getVariable("f/experiments/tracker_token");
  await fetch(`https://experiments.example/api/${experimentId}/verdict`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ verdict, ...stats }),
  });
}

const loadData = task(loadExperimentData, { timeout: 600 });
const significance = task(twoProportionTest);
const saveVerdict = task(recordVerdict);

export const main = workflow(async (experimentId: string, alpha: number = 0.05) => {
  const data = await loadData(experimentId);
  const stats = await significance(data);
  let verdict = "inconclusive";
  if (stats.pValue < alpha) {
    verdict = stats.lift > 0 ? "treatment_wins" : "control_wins";
  }
  await saveVerdict(experimentId, verdict, stats);
  return { verdict, ...stats };
});
