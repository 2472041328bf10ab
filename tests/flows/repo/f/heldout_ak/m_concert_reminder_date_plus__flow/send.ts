import * as wmill from "windmill-client";

export async function main(show_id: string, subject: string, extra: string) {
  const mail = await wmill.getResource("f/concert/mailer");
  const resp = await fetch(`${mail.url}/campaigns`, {
    method: "POST",
    headers: { Authorization: `Bearer ${mail.token}` },
    body: JSON.stringify({ list: `show-${show_id}`, subject, extra }),
  });
  return { status: resp.status };
}
