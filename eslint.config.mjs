// Lint: Obsidian's community rules (eslint-plugin-obsidianmd, recommended) on everything that goes
// into main.js — the core and the plugin. The CLI, scripts and tests run on Node and are checked by tsc.
import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';

export default defineConfig([
  {
    ignores: ['node_modules/**', 'dist/**', 'main.js', 'examples/**', 'tests/**', 'scripts/**', 'bench/**', 'src/cli/**', '*.mjs', '*.mts', 'coverage/**', '.bench/**'],
  },
  ...obsidianmd.configs.recommended,
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // js-yaml is a dev dependency of the fake Obsidian host only: Obsidian's own parseYaml is js-yaml.
    files: ['package.json'],
    rules: { 'depend/ban-dependencies': ['error', { allowed: ['js-yaml'] }] },
  },
]);
