// SDK: windmill-client 1.818.0 client.mjs: the body runs again after every task and after the sleep; `new Date()` inside `addBusinessDays` gives a later deadline on each replay, so the calendar entry and the reminder sleep disagree between rounds
import { task, sleep, workflow } from "windmill-client";
import { addBusinessDays, differenceInSeconds, formatISO, subBusinessDays } from "date-fns";

type Service = { caseNumber: string; servedOn: string; responseDays: number; attorneyEmail: string };

const calendarDeadline = task(async (caseNumber: string, dueIso: string, attorneyEmail: string) => {
  const r = await fetch("https://calendar.lawfirm.example/api/events", {
    method: "POST",
    body: JSON.stringify({ title: `Response due: ${caseNumber}`, start: dueIso, allDay: true, attendees: [attorneyEmail] }),
  });
  return (await r.json()).eventId as string;
});

const remind = task(async (attorneyEmail: string, caseNumber: string, dueIso: string) => {
  await fetch("https://mail.lawfirm.example/api/send", {
    method: "POST",
    body: JSON.stringify({ to: attorneyEmail, subject: `3 business days left: ${caseNumber}`, text: `Due ${dueIso}` }),
  });
});

const docketCheck = task(async (caseNumber: string) => {
  const r = await fetch(`https://dms.lawfirm.example/api/cases/${encodeURIComponent(caseNumber)}/responses`);
  return ((await r.json()) as { filed: boolean }).filed;
});

export const main = workflow(async (caseNumber: string, servedOn: string, responseDays = 21, attorneyEmail = "docketing@lawfirm.example") => {
  const service: Service = { caseNumber, servedOn, responseDays, attorneyEmail };
  const due = addBusinessDays(new Date(), service.responseDays); // expect: WAC102
  const dueIso = formatISO(due, { representation: "date" });
  const eventId = await calendarDeadline(service.caseNumber, dueIso, service.attorneyEmail);

  const remindAt = subBusinessDays(due, 3);
  const wait = Math.max(differenceInSeconds(remindAt, new Date(service.servedOn)), 1);
  await sleep(wait);

  if (!(await docketCheck(service.caseNumber))) {
    await remind(service.attorneyEmail, service.caseNumber, dueIso);
  }
  return { caseNumber: service.caseNumber, dueIso, eventId };
});
