// SDK: windmill-client 1.818.0 dist/client.mjs: task results are JSON (a Date comes back a string)
// High-usage alerts: read each watched meter, compare with last month, and text the
// customer when usage doubled. Reads are spread out so the gateway is not hammered.
import { sleep, step, taskScript, workflow } from "windmill-client";
import meterMath from "/f/common/math.ts";
import { readMeter } from "/f/common/tasks.ts";
import { SCRIPTS } from "/f/common/paths.ts";

const sms = taskScript(SCRIPTS.sms);

type Watched = { meterId: string; phone: string; lastMonthLitres: number };

export const main = workflow(async (watched: Watched[], ratio = 2) => {
  const alerts: { meterId: string; m3: number; hoursAgo: number }[] = [];
  for (const w of watched) {
    const reading = await readMeter(w.meterId); // expect: WAC107
    const hoursAgo = Math.round((Date.parse("2026-01-01") - reading.readAt.getTime()) / 3.6e6);
    if (reading.litres >= w.lastMonthLitres * ratio) {
      const m3 = meterMath.litresToM3(reading.litres);
      await sms({ phone: w.phone, body: `Riverbend Water: high usage on your meter (${m3} m3).` });
      alerts.push({ meterId: w.meterId, m3, hoursAgo });
    }
    await sleep(meterMath.jitter(30)); // expect: WAC102
  }
  const count = await step("count", () => alerts.length);
  return { alerts, count };
});
