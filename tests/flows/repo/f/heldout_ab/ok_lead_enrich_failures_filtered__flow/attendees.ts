import * as wmill from "windmill-client";

export async function main(webinar_id: string) {
  const zoom = await wmill.getResource("f/marketing/zoom");
  const res = await fetch(`https://api.zoom.us/v2/past_webinars/${webinar_id}/participants?page_size=300`, {
    headers: { Authorization: `Bearer ${zoom.token}` },
  });
  const body = await res.json();
  const emails: string[] = body.participants.map((p: { user_email: string }) => p.user_email);
  return { emails: [...new Set(emails)], total: body.total_records };
}
