import { describe, expect, it } from 'vitest';
import { packs } from '../../../lib/settings/items';
import { packProblemText, type PackProblem } from '../../../lib/tips/packs/messages';
import { importPackText, removeImportedPack, setBuiltinPacks, summarisePacks } from '../../../lib/settings/packs';
import { pack } from '../../components/options/harness';

describe('imported tip packs', () => {
  it('stores a valid pack, replaces one with the same id, removes it', async () => {
    expect(await importPackText(JSON.stringify(pack()))).toEqual({ ok: true, name: 'Our council’s tips', replaced: false, warnings: [] });
    expect(await importPackText(JSON.stringify(pack({ name: 'v2' })))).toMatchObject({ ok: true, replaced: true });
    await importPackText(JSON.stringify(pack({ id: 'other-pack', name: 'Other' })));
    expect(summarisePacks((await packs.getValue()).imported)).toEqual([
      { id: 'trainer-pack', name: 'v2', locale: 'en', tips: 1 },
      { id: 'other-pack', name: 'Other', locale: 'en', tips: 1 },
    ]);
    await removeImportedPack('trainer-pack');
    expect(summarisePacks((await packs.getValue()).imported).map((p) => p.id)).toEqual(['other-pack']);
  });

  it('stores nothing from bad input, and says what is wrong', async () => {
    expect(await importPackText('nope')).toMatchObject({ ok: false, kind: 'json' });
    const r = await importPackText(JSON.stringify(pack({ version: 2 })));
    expect(r).toMatchObject({ ok: false, kind: 'invalid' });
    expect((r as { problems: PackProblem[] }).problems.map((p) => packProblemText('en', p))).toContain('version: must be 1');
    expect((r as { problems: PackProblem[] }).problems.map((p) => packProblemText('cy', p))).toContain('version: rhaid iddo fod yn 1');
    expect(await importPackText('x'.repeat(1_000_001))).toMatchObject({ ok: false, kind: 'invalid' });
    expect((await packs.getValue()).imported).toEqual([]);
  });

  it('leaves stored junk out of the list, and switches the built-in tips', async () => {
    expect(summarisePacks([null, 3, { id: 'x' }, pack()])).toHaveLength(1);
    await setBuiltinPacks(false);
    expect(await packs.getValue()).toEqual({ builtinEnabled: false, imported: [] });
  });
});
