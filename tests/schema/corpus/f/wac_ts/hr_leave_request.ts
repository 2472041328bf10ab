// Leave request: the manager fills a small form on the approval page (they can
// shorten the request), then HR systems are updated.
import { task, workflow, step, waitForApproval, getResumeUrls } from "windmill-client";

const APPROVAL_FORM = {
  type: "object",
  properties: {
    approved_days: { type: "integer", description: "Days granted" },
    comment: { type: "string" },
  },
  required: ["approved_days"],
};

const emailManager = task(async (manager: string, employee: string, days: number, page: string) => {
  await fetch("https://mail.example/send", {
    method: "POST",
    body: JSON.stringify({ to: manager, subject: `${employee} requests ${days} days off`, body: page }),
  });
});

const bookLeave = task(async (employee: string, start: string, days: number): Promise<string> => {
  const res = await fetch("https://hris.example/api/leave", { method: "POST", body: JSON.stringify({ employee, start, days }) });
  return (await res.json()).booking_id;
});

const emailEmployee = task(async (employee: string, text: string) => {
  await fetch("https://mail.example/send", { method: "POST", body: JSON.stringify({ to: employee, subject: "Your leave request", body: text }) });
});

export const main = workflow(async (employee: string, manager: string, start: string, days: number) => {
  const urls = await step("get_urls", () => getResumeUrls(manager));
  await emailManager(manager, employee, days, urls.approvalPage);
  const answer = await waitForApproval({ timeout: 5 * 86400, form: APPROVAL_FORM });
  if (!answer.approved) {
    await emailEmployee(employee, "Your leave request was declined.");
    return { booked: false };
  }
  const granted: number = answer.value?.approved_days ?? days;
  const booking = await bookLeave(employee, start, granted);
  await emailEmployee(employee, `${granted} days booked from ${start} (ref ${booking}).`);
  return { booked: true, days: granted, booking };
});
