/** Where editors put content, relative to the project root (shared by loaders and checks). */
export const NEWS_DIR = 'src/content/news';
export const CATEGORIES_FILE = 'src/content/categories.json';
export const DOCUMENTS_DIR = 'src/content/documents';
