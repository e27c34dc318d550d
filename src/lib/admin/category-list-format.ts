/**
 * The name of the custom format that reads and writes categories.json's top-level list: shared
 * by the web editor's config and its start script, which runs in the browser and so must not
 * import the config (and with it the schemas).
 */
export const CATEGORY_LIST_FORMAT = 'json-list';
