export async function main(repo: string, title: string, labels: string[] = []) {
  return { repo, title, labels };
}
