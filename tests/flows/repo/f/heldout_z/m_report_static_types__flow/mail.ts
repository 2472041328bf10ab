import * as wmill from "windmill-client";

export async function main(html: string, to: string[]) {
  const sg = await wmill.getResource<{ token: string }>("f/reports/sendgrid");
  const res = await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { Authorization: `Bearer ${sg.token}`, "content-type": "application/json" },
    body: JSON.stringify({
      personalizations: [{ to: to.map((email) => ({ email })) }],
      from: { email: "reports@example.com" },
      subject: "Weekly KPIs",
      content: [{ type: "text/html", value: html }],
    }),
  });
  return res.status;
}
