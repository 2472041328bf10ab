// SDK: windmill-client 1.818.0 index.js `taskScript`: one object argument is sent as the child script's args and the step is written with `JSON.stringify` (`encodeCheckpointPayload`); date-fns-tz `fromZonedTime` returns a `Date`, which the dispatching script receives as an ISO string
// Agent-written: the crew window is the site's local 08:00 on the install day, converted to UTC for the scheduling script.
import { fromZonedTime } from "date-fns-tz";
import { taskScript, workflow } from "windmill-client";

const bookCrew = taskScript("f/solar/book_crew");
const confirmOwner = taskScript("f/solar/confirm_owner");

export const main = workflow(async (siteId: string, installDay: string, tz: string) => {
  const windowStart = fromZonedTime(`${installDay}T08:00:00`, tz);
  const booking = await bookCrew({ siteId, windowStart }); // expect: WAC107
  await confirmOwner({ siteId, crewId: booking.crewId, windowStartIso: windowStart.toISOString() });
  return booking;
});
