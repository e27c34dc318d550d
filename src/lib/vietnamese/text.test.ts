import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, shorten, slugify, SLUG_PATTERN, words } from './text.ts';

describe('foldVietnamese', () => {
  it('removes tones and hats and turns đ into d', () => {
    expect(foldVietnamese('Đăng ký')).toBe('Dang ky');
    expect(foldVietnamese('chỉ đạo, điều hành')).toBe('chi dao, dieu hanh');
    expect(foldVietnamese('Ủy ban nhân dân')).toBe('Uy ban nhan dan');
  });
  it('folds text typed in decomposed form the same way', () => {
    expect(foldVietnamese('Chữ ký số'.normalize('NFD'))).toBe('Chu ky so');
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Đăng ký')).toBe('dang-ky');
    expect(slugify('Kế hoạch 2993/KH-UBND ngày 23/12/2019')).toBe('ke-hoach-2993-kh-ubnd-ngay-23-12-2019');
    expect(slugify('  Sở Tư pháp!  ')).toBe('so-tu-phap');
  });
  it('produces slugs the project accepts as ids', () => {
    expect(SLUG_PATTERN.test(slugify('Hội nghị công bố Chỉ số CCHC năm 2014'))).toBe(true);
    expect(SLUG_PATTERN.test('Dang-ky')).toBe(false);
    expect(SLUG_PATTERN.test('dang--ky')).toBe(false);
  });
});

describe('compareVietnamese', () => {
  it('sorts đ after d and the hatted vowels after the plain ones', () => {
    const names = ['Đoàn', 'Dung', 'Ân', 'Ăn', 'Anh', 'Bình', 'Ea'];
    expect([...names].sort(compareVietnamese)).toEqual(['Anh', 'Ăn', 'Ân', 'Bình', 'Dung', 'Đoàn', 'Ea']);
  });
  it('orders unit names as a reader expects, numbers by value', () => {
    const names = ['UBND xã 10', 'UBND xã 9', 'UBND huyện Than Uyên', 'UBND huyện Tam Đường'];
    expect([...names].sort(compareVietnamese)).toEqual(['UBND huyện Tam Đường', 'UBND huyện Than Uyên', 'UBND xã 9', 'UBND xã 10']);
  });
});

describe('words', () => {
  it('gives the same words for decomposed (NFD) text', () => {
    expect(words('Chỉ số cải cách'.normalize('NFD'))).toEqual(['chỉ', 'số', 'cải', 'cách']);
  });
  it('splits on punctuation and keeps Vietnamese letters', () => {
    expect(words('Chỉ số CCHC (PAR INDEX) năm 2019')).toEqual(['chỉ', 'số', 'cchc', 'par', 'index', 'năm', '2019']);
  });
});

describe('shorten', () => {
  it('shortens a description at a word’s end, never past its limit, and leaves a short one whole', () => {
    expect(shorten('Nộp hồ sơ   trực tuyến', 40)).toBe('Nộp hồ sơ trực tuyến');
    expect(shorten('Nộp hồ sơ trực tuyến rồi có phải đến nhận không?', 30)).toBe('Nộp hồ sơ trực tuyến rồi có…');
    expect(shorten('Nộp hồ sơ trực tuyến rồi có phải', 28)).toBe('Nộp hồ sơ trực tuyến rồi có…');
    expect(shorten('Một, hai, ba bốn', 10)).toBe('Một, hai…');
    expect(shorten('Mộtchữrấtdàikhôngcódấucách', 10)).toBe('Mộtchữrất…');
    for (const max of [10, 30, 160]) expect(shorten('câu hỏi '.repeat(40), max).length).toBeLessThanOrEqual(max);
  });
});
