export async function main(github: { token: string }, repo: string, days: number = 90) {
  const cutoff = Date.now() - days * 86400000
  const branches: string[] = []
  return { repo, cutoff: new Date(cutoff).toISOString(), branches }
}
