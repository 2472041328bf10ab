import * as wmill from "windmill-client";

export async function main(period: string, payroll_target: "gusto" | "deel") {
  const target = await wmill.getResource(`f/hr/${payroll_target}`);
  const resp = await fetch(`${target.base_url}/timesheets/import`, {
    method: "POST",
    headers: { Authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ period }),
  });
  if (!resp.ok) throw new Error(`${payroll_target} ${resp.status}`);
  return { exported: (await resp.json()).count as number };
}
