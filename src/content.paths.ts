import { ALBUMS, CONSULTATIONS, DOCUMENTS, NEWS, NOTICES, QUESTIONS } from './lib/content/kinds.ts';

/** Where editors put content and data, relative to the project root (shared by the build and the check). */
export const CONFIG_FILE = 'portal.config.json';
export const NEWS_DIR = NEWS.folder;
export const CATEGORIES_FILE = 'src/content/categories.json';
export const DOCUMENTS_DIR = DOCUMENTS.folder;
export const NOTICES_DIR = NOTICES.folder;
export const QUESTIONS_DIR = QUESTIONS.folder;
export const CONSULTATIONS_DIR = CONSULTATIONS.folder;
export const ALBUMS_DIR = ALBUMS.folder;
export const DATA_DIR = 'data';
