import * as wmill from "windmill-client";

export async function main(schedule: string) {
  const pd = await wmill.getResource("f/support/pagerduty");
  const res = await fetch(
    `https://api.pagerduty.com/oncalls?schedule_ids[]=${schedule}&earliest=true`,
    { headers: { Authorization: `Token token=${pd.token}` } },
  );
  const body = await res.json();
  const first = body.oncalls?.[0];
  return { email: first ? first.user.email : null };
}
