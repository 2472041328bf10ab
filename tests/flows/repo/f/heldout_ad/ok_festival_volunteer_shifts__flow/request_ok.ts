import * as wmill from "windmill-client";

export async function main(shifts: { stage: number; crew: string[] }[], coordinator: string) {
  const urls = await wmill.getResumeUrls(coordinator);
  const lines = shifts.map((s) => `Stage ${s.stage}: ${s.crew.length} volunteers`).join("\n");
  await fetch("https://mail.internal/send", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ to: coordinator, subject: "Shift plan ready", text: `${lines}\n\nApprove: ${urls.approvalPage}` }),
  });
  return { shifts: shifts.length };
}
