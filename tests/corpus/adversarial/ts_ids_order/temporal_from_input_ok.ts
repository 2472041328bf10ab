// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a Temporal date parsed from the input and added to is the same on every replay.
import { Temporal } from "@js-temporal/polyfill";
import { task, workflow } from "windmill-client";

const book = task(async (room: string, day: string) => ({ room, day }));

export const main = workflow(async (room: string, startDay: string) => {
  const day = Temporal.PlainDate.from(startDay).add({ days: 1 }).toString();
  return await book(room, day);
});
