export async function main(slack: { token: string }, user_id: string) {
  const res = await fetch("https://slack.com/api/admin.users.remove", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}` },
    body: new URLSearchParams({ user_id }),
  })
  return await res.json()
}
