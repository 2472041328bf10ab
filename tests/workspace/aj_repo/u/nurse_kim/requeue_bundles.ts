// One-off: re-send the FHIR bundles the EHR bounced during the 3 March outage, to the DR server.
import * as wmill from "windmill-client";

const BOUNCED = ["b-20260303-0042", "b-20260303-0057", "b-20260303-0101"];

export async function main(dryRun: boolean = true) {
  const out: { id: string; status?: number }[] = [];
  for (const id of BOUNCED) {
    const bundle = await wmill.getVariable(`u/nurse_kim/bounced/${id}`);
    if (dryRun) {
      out.push({ id });
      continue;
    }
    const res = await wmill.runScriptByPath("f/lab_ops/post_bundle", { bundle: JSON.parse(bundle), target: "dr" }); // expect: WAC402
    out.push({ id, status: res.status });
  }
  return out;
}
