import { describe, expect, test } from 'vitest';
import { detectScript } from '../../../scripts/lib/stages/detect-script.ts';

describe('detectScript', () => {
  test.each([
    { input: '甘肃经济增速进入全国第一方阵', script: 'hans' },
    { input: '堅持高質量發展 聚焦中國式現代化甘肅實踐', script: 'hant' },
    { input: '慶陽地處甘肅省東部，总面积', script: 'hant' },
    { input: '青海', script: null },
    { input: 'No Chinese here', script: null },
  ])('$input → $script', ({ input, script }) => {
    expect(detectScript(input).script).toBe(script);
  });
});
