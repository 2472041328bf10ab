// Promise helpers.
export function firstDone<T>(jobs: PromiseLike<T>[]): Promise<T> {
  return Promise.race(jobs);
}

export function allDone<T>(jobs: PromiseLike<T>[]): Promise<T[]> {
  return Promise.all(jobs);
}
