/** Where editors put content and data, relative to the project root (shared by the build and the check). */
export const CONFIG_FILE = 'portal.config.json';
export const NEWS_DIR = 'src/content/news';
export const CATEGORIES_FILE = 'src/content/categories.json';
export const DOCUMENTS_DIR = 'src/content/documents';
export const DATA_DIR = 'data';
