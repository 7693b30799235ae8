import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      obsidian: fileURLToPath(new URL('./tests/fake-obsidian/obsidian.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 20000,
    env: { TZ: process.env.TZ ?? 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', 'node_modules/**'] },
      },
      {
        // The built main.js and styles.css in headless Chromium (tests/browser/); needs `npm run build` first.
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60000, hookTimeout: 60000 },
      },
    ],
  },
});
