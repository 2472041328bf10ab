import * as wmill from "windmill-client";

export async function main(email: string, company: string | null) {
  const pd = await wmill.getResource("f/sales/pipedrive");
  const res = await fetch(`https://api.pipedrive.com/v1/persons?api_token=${pd.token}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: email, email: [email], org_name: company }),
  });
  return { status: res.status };
}
