export async function main(issue: { title: string; body: string }) {
  return { html: `<h1>${issue.title}</h1>${issue.body}` }
}
