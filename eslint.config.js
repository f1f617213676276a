// @ts-check
import eslint from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'
import jest from 'eslint-plugin-jest'
import prettier from 'eslint-config-prettier/flat'
import globals from 'globals'

export default defineConfig(
  {
    ignores: [
      'coverage/',
      'dist/',
      'lib/',
      'node_modules/',
      'docs/',
      'scratch/',
      'src/bundle/generated/'
    ]
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs']
        },
        tsconfigRootDir: import.meta.dirname
      }
    }
  },
  {
    files: ['*.js', '*.mjs', 'scripts/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked]
  },
  {
    files: ['__tests__/**/*.ts', '__fixtures__/**/*.ts'],
    extends: [jest.configs['flat/recommended']]
  },
  prettier
)
