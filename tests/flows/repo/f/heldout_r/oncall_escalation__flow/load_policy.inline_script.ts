export async function main(service: string, pagerduty: { token: string }) {
  const res = await fetch(`https://api.pagerduty.com/services?query=${service}`, {
    headers: { Authorization: `Token token=${pagerduty.token}` },
  })
  const body = await res.json()
  return { levels: body.services?.[0]?.escalation_policy?.escalation_rules ?? [] }
}
