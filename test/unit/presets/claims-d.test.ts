/** The presets' notes hold at each preset's own size and seed (claims.ts); group d of CLAIM_FILES. */
import { CLAIM_FILES, describeClaims } from './claims-suite.ts';

describeClaims(CLAIM_FILES.d);
