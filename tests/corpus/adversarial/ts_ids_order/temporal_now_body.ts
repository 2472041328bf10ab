// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; Temporal.Now reads the clock, so a replay after midnight books a different day.
import { Temporal } from "@js-temporal/polyfill";
import { task, workflow } from "windmill-client";

const book = task(async (room: string, day: string) => ({ room, day }));

export const main = workflow(async (room: string) => {
  const day = Temporal.Now.plainDateISO("Europe/Paris").toString(); // expect: WAC102
  return await book(room, day);
});
