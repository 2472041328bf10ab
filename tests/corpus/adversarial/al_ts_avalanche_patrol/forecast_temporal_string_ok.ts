// SDK: windmill-client 1.818.0 index.js: task results cross the checkpoint as JSON; the task returns the ISO string and the body rebuilds a `Temporal.PlainDate` from it (pure arithmetic on the input, no clock)
// Team code: the forecast validity window, passed as a string across the task boundary.
import { Temporal } from "@js-temporal/polyfill";
import { task, workflow } from "windmill-client";

const issueForecast = task(async function issueForecast(region: string, issuedOn: string, days: number) {
  const r = await fetch(`https://forecast.snowwatch.example/api/regions/${region}/issue`, {
    method: "POST",
    body: JSON.stringify({ issuedOn, days }),
  });
  const body = (await r.json()) as { id: string };
  return { id: body.id, validUntil: Temporal.PlainDate.from(issuedOn).add({ days }).toString() };
});

const scheduleReview = task(async function scheduleReview(forecastId: string, reviewOn: string) {
  await fetch(`https://forecast.snowwatch.example/api/forecasts/${forecastId}/review`, {
    method: "POST",
    body: JSON.stringify({ reviewOn }),
  });
  return reviewOn;
});

export const main = workflow(async (region: string, issuedOn: string, days: number) => {
  const forecast = await issueForecast(region, issuedOn, days);
  const reviewOn = Temporal.PlainDate.from(forecast.validUntil).subtract({ days: 1 }).toString();
  await scheduleReview(forecast.id, reviewOn);
  return { forecastId: forecast.id, reviewOn };
});
