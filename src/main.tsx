import { nextTask } from './state/nextTask';

/**
 * The app starts in three steps, each a module graph evaluated in a task of its own (index.html
 * preloads them all, scripts/build/earlyLoads.ts): the data's schemas and the data's load, then
 * React, then the app and its first render. Evaluated together they were one task of 60-90 ms
 * (Lighthouse's phone CPU, four times slower, counts most of that as blocking input).
 */
async function start(root: HTMLElement): Promise<void> {
  // Before any schema is built: zod may not compile its parsers with eval, which the CSP refuses.
  await import('./model/zodWithoutEval');
  const { openShippedData } = await import('./state/startShippedData');
  openShippedData();
  await nextTask();
  await import('react-dom/client');
  await nextTask();
  const { startApp } = await import('./app/startApp');
  startApp(root);
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
void start(root);
