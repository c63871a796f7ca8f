/** Unit tests: pure functions of scripts/ and src/lib, mirrored under tests/unit. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
