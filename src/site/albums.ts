import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { CheckedAlbum } from '../lib/albums/check.ts';
import type { Video } from '../lib/albums/schema.ts';
import { urls } from '../lib/urls.ts';
import { getCheckedProject } from './checked.ts';
import { oncePerBuild, publishedWithEntries } from './items.ts';
import { publicPictureSize, type PictureSize } from './news.ts';

/** A picture of an album: an optimisable asset beside the album, or a file under public/ with its size. */
export interface AlbumPhoto {
  src: ImageMetadata | string;
  size?: PictureSize;
  alt: string;
  caption?: string;
}

/** An album as pages show it. */
export interface Album extends Omit<CheckedAlbum, 'photos'> {
  url: string;
  photos: AlbumPhoto[];
  videos: Video[];
  entry: CollectionEntry<'albums'>;
}

export interface AlbumsModel {
  /** Published albums, newest first. */
  albums: Album[];
  bySlug: Map<string, Album>;
}

/** The library's albums, loaded once per build and shared by every page (an article may show one). */
export const getAlbums = oncePerBuild(async (): Promise<AlbumsModel> => {
  const albums = await Promise.all(
    (await publishedWithEntries('albums', getCheckedProject().albums)).map(async (album) => {
      const assets = (album.entry.data.photos ?? []) as Array<{ file: ImageMetadata | string }>;
      const photos = await Promise.all(
        album.photos.map(async (photo, i) => {
          // Astro resolved a picture beside the album into an asset; a path under public/ stays as written.
          const src = photo.file.startsWith('/') ? photo.file : assets[i].file;
          return { src, size: typeof src === 'string' ? await publicPictureSize(src) : undefined, alt: photo.alt, caption: photo.caption };
        }),
      );
      return { ...album, url: urls.album(album.slug), photos };
    }),
  );
  return { albums, bySlug: new Map(albums.map((a) => [a.slug, a])) };
});
