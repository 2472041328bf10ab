export async function main(github: { token: string }, org: string) {
  return { prs: [] as Array<{ title: string; author: string }>, org }
}
