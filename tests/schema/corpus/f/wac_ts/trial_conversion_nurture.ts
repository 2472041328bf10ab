// 14-day trial nurture: check usage on day 3, 7 and 12 and send the email that
// fits; stop as soon as the user converts.
import { task, workflow, sleep } from "windmill-client";

const DAY = 24 * 3600;

const getUsage = task(async (userId: string): Promise<{ plan: string; projects: number }> => {
  return await (await fetch(`https://app.example/internal/users/${userId}/usage`)).json();
});

const sendNurtureEmail = task(async (userId: string, template: string) => {
  await fetch("https://mail.example/send", { method: "POST", body: JSON.stringify({ user_id: userId, template }) });
});

export const main = workflow(async (userId: string) => {
  await sleep(3 * DAY);
  const day3 = await getUsage(userId);
  if (day3.plan !== "trial") {
    return { convertedOnDay: 3 };
  }
  await sendNurtureEmail(userId, day3.projects > 0 ? "tips_active" : "tips_first_project");

  await sleep(4 * DAY);
  const day7 = await getUsage(userId);
  if (day7.plan !== "trial") {
    return { convertedOnDay: 7 };
  }
  await sendNurtureEmail(userId, "case_studies");

  await sleep(5 * DAY);
  const day12 = await getUsage(userId);
  if (day12.plan !== "trial") {
    return { convertedOnDay: 12 };
  }
  await sendNurtureEmail(userId, "trial_ending_offer");
  return { convertedOnDay: null };
});
