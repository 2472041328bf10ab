// SDK: windmill-client 1.818.0; taskScript("./x.ts") names a module file relative to this script
import { step, taskScript, workflow } from "windmill-client";
import { geocode, nowIso } from "../../f/kit/index.ts";

const enrich = taskScript("./enrich_stop.ts");
const legacy = taskScript("./enrich_stop_v1.ts"); // expect: WAC401

export const main = workflow(async (stops: { id: string; address: string }[]) => {
  const started = await step("started", () => nowIso(true));
  const out = [];
  for (const s of stops) {
    const pos = await geocode(s.address); // expect: WAC202
    const extra = await enrich({ stopId: s.id, address: s.address });
    out.push({ ...s, pos, extra });
  }
  const old = await legacy({ stopId: stops[0]?.id ?? "" });
  return { started, out, old };
});
