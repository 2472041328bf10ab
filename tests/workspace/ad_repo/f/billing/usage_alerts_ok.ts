// SDK: windmill-client 1.818.0 dist/client.mjs: task results are JSON (a Date comes back a string)
// High-usage alerts, reading the timestamp as the ISO string it comes back as, with a
// fixed pause between reads.
import { sleep, step, taskScript, workflow } from "windmill-client";
import meterMath from "/f/common/math.ts";
import { readMeter } from "/f/common/tasks.ts";
import { SCRIPTS } from "/f/common/paths.ts";

const sms = taskScript(SCRIPTS.sms);

type Watched = { meterId: string; phone: string; lastMonthLitres: number };

export const main = workflow(async (watched: Watched[], ratio = 2) => {
  const alerts: { meterId: string; m3: number; readAt: string }[] = [];
  for (const w of watched) {
    const reading = await readMeter(w.meterId);
    const readAt = String(reading.readAt).slice(0, 16);
    if (reading.litres >= w.lastMonthLitres * ratio) {
      const m3 = meterMath.litresToM3(reading.litres);
      await sms({ phone: w.phone, body: `Riverbend Water: high usage on your meter (${m3} m3).` });
      alerts.push({ meterId: w.meterId, m3, readAt });
    }
    await sleep(meterMath.round2(30));
  }
  const count = await step("count", () => alerts.length);
  return { alerts, count };
});
