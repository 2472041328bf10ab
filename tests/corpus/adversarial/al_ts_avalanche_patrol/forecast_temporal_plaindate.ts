// SDK: windmill-client 1.818.0 index.js: a task's result reaches the body through the checkpoint's JSON (`encodeCheckpointPayload`), and `Temporal.PlainDate` has a `toJSON` giving its ISO string, so the body gets a string and `validUntil.add(...)` is a TypeError
// Team code: the avalanche forecast's validity window, computed with the Temporal polyfill.
import { Temporal } from "@js-temporal/polyfill";
import { task, workflow } from "windmill-client";

const issueForecast = task(async function issueForecast(region: string, issuedOn: string, days: number) {
  const r = await fetch(`https://forecast.snowwatch.example/api/regions/${region}/issue`, {
    method: "POST",
    body: JSON.stringify({ issuedOn, days }),
  });
  const body = (await r.json()) as { id: string };
  return { id: body.id, validUntil: Temporal.PlainDate.from(issuedOn).add({ days }) }; // expect: WAC107
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
  const reviewOn = forecast.validUntil.subtract({ days: 1 }).toString();
  await scheduleReview(forecast.id, reviewOn);
  return { forecastId: forecast.id, reviewOn };
});
