import { expect } from '@open-wc/testing';
import { clearRequestCache, sharedRequest } from '../../src/data/request-cache.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A fake `run` that records its calls and settles when the test says so. */
function fakeRun<T>() {
  const calls: { signal: AbortSignal; answer: Deferred<T> }[] = [];
  const run = (signal: AbortSignal): Promise<T> => {
    const answer = deferred<T>();
    calls.push({ signal, answer });
    return answer.promise;
  };
  return { run, calls };
}

/** Settles `promise` into a value to assert on. */
async function outcome(promise: Promise<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LONG = { ttl: 60_000 };

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

describe('sharedRequest', () => {
  beforeEach(() => clearRequestCache());
  afterEach(() => clearRequestCache());

  it('shares one run between askers of the same key in flight', async () => {
    const { run, calls } = fakeRun<string>();
    const a = sharedRequest('k', new AbortController().signal, LONG, run);
    const b = sharedRequest('k', new AbortController().signal, LONG, run);
    const c = sharedRequest('k', new AbortController().signal, { ...LONG, fresh: true }, run); // pending is still shared
    expect(calls).to.have.length(1);
    calls[0]!.answer.resolve('answer');
    expect(await a).to.equal('answer');
    expect(await b).to.equal('answer');
    expect(await c).to.equal('answer');
  });

  it('runs separately for different keys', async () => {
    const { run, calls } = fakeRun<string>();
    const a = sharedRequest('k1', new AbortController().signal, LONG, run);
    const b = sharedRequest('k2', new AbortController().signal, LONG, run);
    expect(calls).to.have.length(2);
    calls[0]!.answer.resolve('one');
    calls[1]!.answer.resolve('two');
    expect(await a).to.equal('one');
    expect(await b).to.equal('two');
  });

  it('aborting one of two askers rejects that asker only; the request goes on', async () => {
    const { run, calls } = fakeRun<string>();
    const first = new AbortController();
    const a = outcome(sharedRequest('k', first.signal, LONG, run));
    const b = sharedRequest('k', new AbortController().signal, LONG, run);
    first.abort();
    const aborted = await a;
    expect(isAbortError(aborted.error)).to.equal(true);
    expect(calls[0]!.signal.aborted).to.equal(false);
    calls[0]!.answer.resolve('still here');
    expect(await b).to.equal('still here');
    expect(calls).to.have.length(1);
  });

  it('rejects an asker with the reason it aborted with', async () => {
    const { run, calls } = fakeRun<string>();
    const mine = new AbortController();
    const a = outcome(sharedRequest('k', mine.signal, LONG, run));
    const reason = new DOMException('period changed', 'AbortError');
    mine.abort(reason);
    expect((await a).error).to.equal(reason);
    expect(calls[0]!.signal.aborted).to.equal(true);
  });

  it('aborting every asker aborts the run and forgets it', async () => {
    const { run, calls } = fakeRun<string>();
    const one = new AbortController();
    const two = new AbortController();
    const a = outcome(sharedRequest('k', one.signal, LONG, run));
    const b = outcome(sharedRequest('k', two.signal, LONG, run));
    one.abort();
    expect(calls[0]!.signal.aborted).to.equal(false);
    two.abort();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(isAbortError((await a).error)).to.equal(true);
    expect(isAbortError((await b).error)).to.equal(true);
    // The aborted run settles late (as fetch does): nobody is left to see it.
    calls[0]!.answer.reject(calls[0]!.signal.reason);
    await tick();

    // Asked again: a new run with a live signal, not the aborted one.
    const c = sharedRequest('k', new AbortController().signal, LONG, run);
    expect(calls).to.have.length(2);
    expect(calls[1]!.signal.aborted).to.equal(false);
    calls[1]!.answer.resolve('again');
    expect(await c).to.equal('again');
  });

  it('a signal already aborted rejects at once and runs nothing', async () => {
    const { run, calls } = fakeRun<string>();
    const result = await outcome(sharedRequest('k', AbortSignal.abort(), LONG, run));
    expect(isAbortError(result.error)).to.equal(true);
    expect(calls).to.have.length(0);
  });

  it('aborting after the answer changes nothing for the others', async () => {
    const { run, calls } = fakeRun<string>();
    const mine = new AbortController();
    const a = sharedRequest('k', mine.signal, LONG, run);
    calls[0]!.answer.resolve('done');
    expect(await a).to.equal('done');
    mine.abort();
    expect(calls[0]!.signal.aborted).to.equal(false);
    expect(await sharedRequest('k', new AbortController().signal, LONG, run)).to.equal('done');
    expect(calls).to.have.length(1);
  });

  it('reuses a success within the ttl', async () => {
    const { run, calls } = fakeRun<{ n: number }>();
    const a = sharedRequest('k', new AbortController().signal, LONG, run);
    const answer = { n: 1 };
    calls[0]!.answer.resolve(answer);
    expect(await a).to.equal(answer);
    await tick();
    const b = await sharedRequest('k', new AbortController().signal, LONG, run);
    expect(b).to.equal(answer); // the same object: nothing was asked again
    expect(calls).to.have.length(1);
  });

  it('with ttl 0 a success is not reused', async () => {
    const { run, calls } = fakeRun<string>();
    const a = sharedRequest('k', new AbortController().signal, { ttl: 0 }, run);
    calls[0]!.answer.resolve('first');
    expect(await a).to.equal('first');
    const b = sharedRequest('k', new AbortController().signal, { ttl: 0 }, run);
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('second');
    expect(await b).to.equal('second');
  });

  it('a success is not reused after its ttl has passed', async () => {
    const { run, calls } = fakeRun<string>();
    const a = sharedRequest('k', new AbortController().signal, { ttl: 2 }, run);
    calls[0]!.answer.resolve('first');
    expect(await a).to.equal('first');
    await wait(10);
    const b = sharedRequest('k', new AbortController().signal, { ttl: 2 }, run);
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('second');
    expect(await b).to.equal('second');
  });

  it('fresh bypasses a settled entry, and the new answer replaces it', async () => {
    const { run, calls } = fakeRun<string>();
    const a = sharedRequest('k', new AbortController().signal, LONG, run);
    calls[0]!.answer.resolve('old');
    expect(await a).to.equal('old');
    const b = sharedRequest('k', new AbortController().signal, { ...LONG, fresh: true }, run);
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('new');
    expect(await b).to.equal('new');
    expect(await sharedRequest('k', new AbortController().signal, LONG, run)).to.equal('new');
    expect(calls).to.have.length(2);
  });

  it('a failure reaches every asker and is not cached', async () => {
    const { run, calls } = fakeRun<string>();
    const a = outcome(sharedRequest('k', new AbortController().signal, LONG, run));
    const b = outcome(sharedRequest('k', new AbortController().signal, LONG, run));
    const failure = new Error('boom');
    calls[0]!.answer.reject(failure);
    expect((await a).error).to.equal(failure);
    expect((await b).error).to.equal(failure);
    const c = sharedRequest('k', new AbortController().signal, LONG, run);
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('recovered');
    expect(await c).to.equal('recovered');
  });

  it('clearRequestCache forgets settled answers', async () => {
    const { run, calls } = fakeRun<string>();
    const a = sharedRequest('k', new AbortController().signal, LONG, run);
    calls[0]!.answer.resolve('x');
    await a;
    clearRequestCache();
    void sharedRequest('k', new AbortController().signal, LONG, run);
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('y');
  });
});
