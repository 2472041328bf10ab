// SDK: windmill-client 1.818.0 a big workflow with interfaces, a pure Calibrator class (no I/O) used in the body, tasks holding every fetch; sleep() with seconds computed from inputs; a catch that rethrows the suspension first (e.name === "StepSuspend") and handles only task failures
import { sleep, task, taskFlow, workflow } from "windmill-client";

interface Frame {
  id: string;
  kind: "bias" | "dark" | "flat";
  exposureS: number;
  medianAdu: number;
  filter?: string;
}

interface MasterSet {
  bias: number;
  darkPerS: number;
  flats: Record<string, number>;
}

class Calibrator {
  constructor(private readonly frames: Frame[]) {}

  private median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  masters(): MasterSet {
    const bias = this.median(this.frames.filter((f) => f.kind === "bias").map((f) => f.medianAdu));
    const darks = this.frames.filter((f) => f.kind === "dark");
    const darkPerS = this.median(darks.map((d) => (d.medianAdu - bias) / d.exposureS));
    const flats: Record<string, number> = {};
    for (const f of this.frames.filter((x) => x.kind === "flat")) {
      const key = f.filter ?? "clear";
      flats[key] = Math.max(flats[key] ?? 0, f.medianAdu - bias);
    }
    return { bias, darkPerS, flats };
  }

  drift(previous: MasterSet | null): number {
    if (!previous) return 0;
    const now = this.masters();
    return Math.abs(now.bias - previous.bias) / Math.max(previous.bias, 1);
  }
}

const takeFrames = task(async (instrument: string, kind: Frame["kind"], count: number): Promise<Frame[]> => {
  const res = await fetch(`https://ics.observatory.example/${instrument}/frames`, {
    method: "POST",
    body: JSON.stringify({ kind, count }),
  });
  if (!res.ok) throw new Error(`ICS ${res.status}`);
  return await res.json();
});

const lastMasters = task(async (instrument: string): Promise<MasterSet | null> => {
  const res = await fetch(`https://calib.observatory.example/${instrument}/masters/latest`);
  return res.status === 404 ? null : await res.json();
});

const storeMasters = task(async (instrument: string, masters: MasterSet, drift: number) => {
  const res = await fetch(`https://calib.observatory.example/${instrument}/masters`, {
    method: "POST",
    body: JSON.stringify({ masters, drift }),
  });
  return (await res.json()).version as number;
});

const recalibrationFlow = taskFlow("f/observatory/full_recalibration", { timeout: 7200 });

export const main = workflow(async (instrument: string, coolDownMinutes = 20, driftLimit = 0.05) => {
  await sleep(coolDownMinutes * 60);
  const frames: Frame[] = [];
  for (const [kind, count] of [["bias", 11], ["dark", 7], ["flat", 5]] as const) {
    frames.push(...(await takeFrames(instrument, kind, count)));
  }
  const cal = new Calibrator(frames);
  const previous = await lastMasters(instrument);
  const drift = cal.drift(previous);
  let recalibrated = false;
  if (drift > driftLimit) {
    try {
      await recalibrationFlow({ instrument, drift });
      recalibrated = true;
    } catch (e) {
      if ((e as Error)?.name === "StepSuspend") throw e;
      if ((e as Error)?.name !== "TaskError") throw e;
      console.warn(`full recalibration failed for ${instrument}; keeping quick masters`);
    }
  }
  const version = await storeMasters(instrument, cal.masters(), drift);
  return { instrument, version, drift, recalibrated };
});
