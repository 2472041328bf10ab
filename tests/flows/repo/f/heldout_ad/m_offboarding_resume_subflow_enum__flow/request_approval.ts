import * as wmill from "windmill-client";

export async function main(name: string, manager_email: string) {
  const urls = await wmill.getResumeUrls(manager_email);
  await fetch("https://mail.internal/send", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      to: manager_email,
      subject: `Offboarding of ${name}`,
      text: `Please confirm the last day and mailbox handling: ${urls.approvalPage}`,
    }),
  });
  return { requested_from: manager_email };
}
