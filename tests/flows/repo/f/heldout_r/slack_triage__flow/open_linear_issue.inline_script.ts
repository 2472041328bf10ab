export async function main(linear: { apiKey: string }, title: string, body: string) {
  const res = await fetch("https://api.linear.app/graphql", {
    method: "POST",
    headers: { Authorization: linear.apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({
      query: "mutation($t: String!, $d: String) { issueCreate(input: {title: $t, description: $d}) { success } }",
      variables: { t: title, d: body },
    }),
  })
  return await res.json()
}
