import { task } from "windmill-client";

export const sendMail = task(async function sendMail(to: string, subject: string) {
  const res = await fetch("https://mail.example.com/send", {
    method: "POST",
    body: JSON.stringify({ to, subject }),
  });
  return res.status;
});
