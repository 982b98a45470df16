/**
 * Handlers for `tips.*`: the background as the tip pack registry. A content script asks once per page (and again
 * when the language or the packs change) for the packs and overlay strings of the learner's locale.
 */
import * as v from 'valibot';
import { packs } from '../../settings/items';
import { tutorAssets } from '../../tutor/assets';
import { defineHandlers } from '../router';

export const tipsHandlers = defineHandlers({
  'tips.assets': {
    from: ['content', 'page'],
    schema: v.strictObject({ locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "en" or "cy"')) }),
    async handle({ locale }) {
      const stored = await packs.getValue();
      return tutorAssets({ locale, imported: stored.imported, builtinEnabled: stored.builtinEnabled });
    },
  },
});
