// SDK: windmill-client 1.818.0 step() checkpoints the clock read; a body helper whose clock default is always overridden never reads the clock
import { sleep, step, task, workflow } from "windmill-client";

type Window = { from: number; to: number };

const errorBudgetBurn = task(async (service: string, win: Window) => {
  const res = await fetch(`${process.env.DATADOG_API}/api/v1/query?from=${Math.floor(win.from / 1000)}&to=${Math.floor(win.to / 1000)}&query=${encodeURIComponent(`sum:trace.http.request.errors{service:${service}}.as_count()`)}`, {
    headers: { "DD-API-KEY": process.env.DD_API_KEY!, "DD-APPLICATION-KEY": process.env.DD_APP_KEY! },
  });
  const j = (await res.json()) as { series: { pointlist: [number, number][] }[] };
  return j.series[0]?.pointlist.reduce((s, [, v]) => s + v, 0) ?? 0;
});

const toggle = task(async (flag: string, on: boolean) => {
  await fetch(`${process.env.FLAGSMITH_URL}/api/v1/environments/${process.env.FLAGSMITH_ENV}/featurestates/${flag}/`, {
    method: "PATCH",
    headers: { authorization: `Token ${process.env.FLAGSMITH_TOKEN}` },
    body: JSON.stringify({ enabled: on }),
  });
  return on;
});

const lookback = ({ minutes = 15, end = Date.now() }: { minutes?: number; end?: number } = {}): Window => ({
  from: end - minutes * 60_000,
  to: end,
});

export const main = workflow(async (flag: string, service: string, maxErrors: number = 50) => {
  await toggle(flag, true);
  await sleep(15 * 60);
  const checkedAt = await step("checked_at", () => Date.now());
  const errors = await errorBudgetBurn(service, lookback({ minutes: 15, end: checkedAt }));
  if (errors > maxErrors) {
    await toggle(flag, false);
    return { flag, enabled: false, errors };
  }
  return { flag, enabled: true, errors };
});
