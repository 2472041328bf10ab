// SDK: windmill-client 1.818.0 index.js `taskScript` sends one object argument as the child script's args through JSON; date-fns-tz `fromZonedTime` of the inputs is pure (no clock read), and `.toISOString()` hands the script the string it expects
// Agent-written: the crew window is the site's local 08:00 on the install day, converted to UTC for the scheduling script.
import { fromZonedTime } from "date-fns-tz";
import { taskScript, workflow } from "windmill-client";

const bookCrew = taskScript("f/solar/book_crew");
const confirmOwner = taskScript("f/solar/confirm_owner");

export const main = workflow(async (siteId: string, installDay: string, tz: string) => {
  const windowStart = fromZonedTime(`${installDay}T08:00:00`, tz).toISOString();
  const booking = await bookCrew({ siteId, windowStart });
  await confirmOwner({ siteId, crewId: booking.crewId, windowStartIso: windowStart });
  return booking;
});
