export async function settle<T>(calls: PromiseLike<T>[]) {
  return Promise.allSettled(calls);
}

export async function together<T>(calls: PromiseLike<T>[]) {
  return Promise.all(calls);
}
