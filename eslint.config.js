// ESLint flat config (STYLE.md): the recommended sets, React hooks rules,
// type-only imports marked as such, no `any` outside tests, no line over 160 characters.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // What builds, runs and caches write (as in .gitignore): a fresh clone after `npm ci` has the dist folders.
  { ignores: ['**/dist/**', 'node_modules/**', '**/.vite/**', 'data/**', 'bench-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Prettier wraps code at 120 but leaves long strings, comments and regexes alone; this catches those.
      // Core ESLint keeps max-len until v11; @stylistic/max-len is its successor.
      'max-len': ['error', { code: 160, ignoreUrls: true }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}', 'tests/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Command-line programs and the benchmark talk to the console on purpose.
    files: ['server/src/cli/**', 'server/src/main.ts', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Fixtures are data kept as written (Prettier skips them too).
    files: ['tests/fixtures/**'],
    rules: { 'max-len': 'off' },
  },
)
