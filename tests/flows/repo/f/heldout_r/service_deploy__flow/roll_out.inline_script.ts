export async function main(k8s: { kubeconfig: string }, service: string, image: string) {
  return { service, image, status: "rolled_out" }
}
