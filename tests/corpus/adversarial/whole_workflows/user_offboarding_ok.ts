// SDK: windmill-client 1.818.0 client.mjs: taskScript passes one object argument through as kwargs; `void` is not used; a catch around a local JSON.parse holds no durable call; sleep(seconds) suspends server-side.
import { sleep, step, task, taskScript, workflow } from "windmill-client";

const GRACE_PERIOD_S = 24 * 3600;

interface Employee {
  email: string;
  githubLogin?: string;
  managerEmail: string;
  metadata?: string;
}

const disableSso = taskScript("f/it/okta_deactivate");
const revokeGithub = taskScript("f/it/github_remove_member");
const transferDrive = taskScript("f/it/gdrive_transfer", { timeout: 900 });

const notifyManager = task(async (managerEmail: string, employeeEmail: string, steps: string[]) => {
  await fetch("https://hooks.internal/email", {
    method: "POST",
    body: JSON.stringify({ to: managerEmail, subject: `Offboarding of ${employeeEmail}`, lines: steps }),
  });
  return steps.length;
});

function readMetadata(raw: string | undefined): { keepMailbox: boolean } {
  if (!raw) return { keepMailbox: false };
  try {
    const parsed = JSON.parse(raw) as { keepMailbox?: boolean };
    return { keepMailbox: parsed.keepMailbox === true };
  } catch {
    return { keepMailbox: false };
  }
}

export const main = workflow(async (employee: Employee, immediate: boolean = false) => {
  const meta = readMetadata(employee.metadata);
  const done: string[] = [];

  await disableSso({ email: employee.email });
  done.push("sso disabled");

  if (employee.githubLogin) {
    await revokeGithub({ login: employee.githubLogin, org: "acme" });
    done.push("github access removed");
  }

  if (!immediate) {
    // give the manager a day to grab anything from the drive
    await sleep(GRACE_PERIOD_S);
  }

  if (!meta.keepMailbox) {
    await transferDrive({ from: employee.email, to: employee.managerEmail });
    done.push("drive transferred");
  }

  const closedAt = await step("closed_at", () => new Date().toISOString());
  await notifyManager(employee.managerEmail, employee.email, done);
  return { employee: employee.email, done, closedAt };
});
