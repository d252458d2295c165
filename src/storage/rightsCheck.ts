// The rights check of the move commands, loaded on the first move (not with the board): the rules
// and the German/English wording of a refusal travel together in this one small chunk.
import { moveBlockedByRights } from '../domain/imageRights';
import * as wording from '../i18n/rights';

export { moveBlockedByRights, wording };
