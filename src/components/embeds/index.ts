import BangXepHang from './BangXepHang.astro';
import BieuDo from './BieuDo.astro';
import ChiSo from './ChiSo.astro';
import VanBan from './VanBan.astro';
import XepLoai from './XepLoai.astro';
import type { EmbedName } from '../../lib/embeds/catalog.ts';

/** The components an article may use without an import (SPEC 12; the catalog is src/lib/embeds/catalog.ts). */
export const embedComponents = { ChiSo, XepLoai, BangXepHang, BieuDo, VanBan } satisfies Record<EmbedName, unknown>;
