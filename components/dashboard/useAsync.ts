import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: string };

/**
 * Runs `load` whenever `deps` change and keeps only the latest answer (an older, slower answer never overwrites a
 * newer one: filters change faster than a 100k-entry log answers).
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'loading' ? s : { status: 'loading' }));
    load().then(
      (value) => current && setState({ status: 'ok', value }),
      (e: unknown) => current && setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
