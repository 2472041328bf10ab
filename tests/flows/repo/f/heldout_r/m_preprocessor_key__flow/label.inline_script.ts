export async function main(github: { token: string }, repo: string, number: number, labels: string[]) {
  return { repo, number, labels }
}
