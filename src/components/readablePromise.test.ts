import { describe, expect, it } from 'vitest';
import { readable } from './readablePromise';

describe('readable', () => {
  it('marks a resolved promise fulfilled with its value, for use() to read without suspending', async () => {
    const promise = readable(Promise.resolve(42));
    expect(promise.status).toBeUndefined();
    await promise;
    expect(promise).toMatchObject({ status: 'fulfilled', value: 42 });
  });

  it('marks a rejected promise rejected with its reason', async () => {
    const reason = new Error('no outlines');
    const promise = readable(Promise.reject(reason));
    await expect(promise).rejects.toBe(reason);
    expect(promise).toMatchObject({ status: 'rejected', reason });
  });
});
