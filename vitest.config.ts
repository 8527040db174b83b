import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores, so one on a 2-core CI machine: two
    // workers overlap one file's jsdom start-up and imports with another's tests (190 → 112 s here).
    maxWorkers: 2,
  },
});
