/**
 * The release of Territory Lead Routing these scripts belong to: written in the execution log whenever the territories
 * are loaded, so an administrator reads the installed version inside NetSuite. A test holds it equal to package.json,
 * the newest CHANGELOG.md entry and the scripts' descriptions in Objects/.
 */
export const PRODUCT_VERSION = '0.2.0';

export const PRODUCT = `Territory Lead Routing ${PRODUCT_VERSION}`;
