import raw from '../../../portal.config.json';
import { parsePortalConfig } from './schema.ts';

/** The validated portal config; importing it fails the build on a bad config file. */
export const portal = parsePortalConfig(raw);
export { provincesInRanking, type PortalConfig } from './schema.ts';
