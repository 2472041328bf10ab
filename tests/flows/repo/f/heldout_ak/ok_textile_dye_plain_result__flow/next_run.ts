import * as wmill from "windmill-client";

export async function main() {
  const plan = await wmill.getResource("f/textile/production_plan");
  return { starts: new Date(plan.next_indigo_run), machine: String(plan.jigger) };
}
