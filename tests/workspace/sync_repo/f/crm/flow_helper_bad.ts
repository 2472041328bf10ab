import { taskFlow, workflow } from "windmill-client";

function closer() {
  return taskFlow("f/billing/month_close");  // expect: WAC003
}

const close = taskFlow("f/billing/month_close");

export const main = workflow(async (month: string) => {
  return await close({ month, dry: true });  // expect: WAC402
});
