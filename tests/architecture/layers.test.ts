// The lint rule that keeps data flowing one way (DESIGN.md "Architecture") really fails `npm test`
// on an upward import, and lets the allowed ones through: checked with ESLint itself on sources
// placed in the layers they claim to be in.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('layer rule', () => {
  it.each([
    ['src/domain/upward.ts', "import { useT } from '../i18n';\nexport const x = useT;\n", 'i18n'],
    [
      'src/storage/items/upward.ts',
      "import { BoardView } from '../../features/board/BoardView';\nexport const x = BoardView;\n",
      'features',
    ],
    [
      'src/storage/upward.ts',
      "import { messagesFor } from '../i18n';\nexport const x = messagesFor;\n",
      'i18n',
    ],
    [
      'src/i18n/upward.ts',
      "import { attachFiles } from '../features/attachments/attachFiles';\nexport const x = attachFiles;\n",
      'features',
    ],
    ['src/boardfile/upward.ts', "import { db } from '../storage/db/db';\nexport const x = db;\n", 'storage'],
  ])(
    'refuses an upward import in %s',
    async (file, code, target) => {
      const errors = await layerErrors(file, code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`"${target}"`);
    },
    30_000,
  );

  it('allows imports downward', async () => {
    const code =
      "import { moveItem } from '../../storage/items/itemCommands';\nimport { COLUMN_IDS } from '../../domain/columns';\nexport const x = [moveItem, COLUMN_IDS];\n";
    expect(await layerErrors('src/features/board/downward.ts', code)).toEqual([]);
  }, 30_000);
});
