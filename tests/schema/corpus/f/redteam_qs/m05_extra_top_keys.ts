export async function main(url: string, timeout_s = 30) {
  return url;
}
