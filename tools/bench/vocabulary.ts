// Words and sentence parts for the benchmark's generated articles: Vietnamese as a provincial
// office writes about administrative reform, so that text size, diacritics and the search
// index look like a real portal's. Combined at random by synthetic-portal.ts.

export const PLACES = [
  'Tam Đường',
  'Than Uyên',
  'Tân Uyên',
  'Phong Thổ',
  'Sìn Hồ',
  'Mường Tè',
  'Nậm Nhùn',
  'Đoàn Kết',
  'Tân Phong',
  'Bình Lư',
  'Mường Kim',
  'Pa Tần',
  'Bum Nưa',
  'Dào San',
  'Khun Há',
  'Nậm Tăm',
];

export const AGENCIES = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ',
  'Văn phòng UBND tỉnh',
  'Trung tâm Phục vụ hành chính công tỉnh',
  'Công an tỉnh',
  'Bảo hiểm xã hội tỉnh',
];

export const TOPICS = [
  'Chỉ số cải cách hành chính',
  'dịch vụ công trực tuyến',
  'cơ chế một cửa, một cửa liên thông',
  'chuyển đổi số',
  'đánh giá, xếp loại công chức',
  'đăng ký kinh doanh',
  'chữ ký số',
  'thủ tục hành chính',
  'Chỉ số SIPAS',
  'Chỉ số PAPI',
  'cải cách tài chính công',
  'kiểm soát thủ tục hành chính',
  'số hóa hồ sơ, kết quả giải quyết thủ tục',
  'cải cách tổ chức bộ máy',
  'cải cách chế độ công vụ',
];

export const TAGS = [
  'Chỉ số CCHC',
  'PAR INDEX',
  'SIPAS',
  'PAPI',
  'PCI',
  'Dịch vụ công trực tuyến',
  'Một cửa',
  'Chuyển đổi số',
  'Chữ ký số',
  'Cấp xã',
  'Kế hoạch CCHC',
  'Kiểm tra CCHC',
  'Thủ tục hành chính',
  'Đề án 06',
  'Công vụ',
  'Tài chính công',
  'Thể chế',
  'Bộ máy',
  'Tập huấn',
  'Tuyên truyền',
  ...PLACES.slice(0, 8),
  ...AGENCIES.slice(0, 6),
];

export const OPENINGS = [
  'Sáng {day}, {agency} tổ chức hội nghị triển khai {topic} năm {year} với sự tham dự của lãnh đạo các sở, ngành và địa phương.',
  'Thực hiện kế hoạch cải cách hành chính năm {year} của UBND tỉnh, {agency} đã ban hành hướng dẫn về {topic}.',
  'Trong {quarter} năm {year}, các cơ quan, đơn vị trên địa bàn {place} tiếp tục đẩy mạnh {topic}.',
  'Đoàn kiểm tra công tác cải cách hành chính của tỉnh do lãnh đạo {agency} làm trưởng đoàn đã làm việc tại {place}.',
  'UBND tỉnh vừa ban hành văn bản chỉ đạo các cơ quan, địa phương tập trung khắc phục hạn chế về {topic}.',
  'Năm {year}, kết quả {topic} của tỉnh có nhiều chuyển biến tích cực so với năm trước.',
];

export const SENTENCES = [
  'Tỷ lệ hồ sơ giải quyết đúng hạn đạt {percent}%, tăng {small} điểm phần trăm so với cùng kỳ.',
  'Toàn tỉnh đã tiếp nhận {count} hồ sơ, trong đó {percent}% được nộp trực tuyến.',
  'Các đơn vị đã rà soát, đề nghị đơn giản hóa {small} thủ tục hành chính thuộc thẩm quyền.',
  'Lãnh đạo {agency} đề nghị các đơn vị quán triệt đầy đủ mục tiêu, nhiệm vụ cải cách hành chính của năm.',
  'Người dân, doanh nghiệp đánh giá cao thái độ phục vụ của công chức tại bộ phận một cửa.',
  'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm ở một số xã vùng cao.',
  'Hạ tầng công nghệ thông tin ở {place} từng bước được đầu tư, bảo đảm kết nối thông suốt.',
  'Một số chỉ tiêu chưa đạt kế hoạch do thiếu nhân lực và trang thiết bị chuyên dùng.',
  'Tổ công nghệ số cộng đồng ở thôn, bản hướng dẫn người dân cài đặt và sử dụng tài khoản định danh điện tử.',
  'Hội đồng thẩm định sẽ tổng hợp kết quả tự chấm điểm và điều tra xã hội học để xác định chỉ số.',
  'Kết quả điều tra xã hội học với {count} phiếu cho thấy mức độ hài lòng đạt {percent}%.',
  'UBND tỉnh giao {agency} chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc việc thực hiện.',
  'Các cơ quan, đơn vị báo cáo kết quả định kỳ hằng quý, sáu tháng và cả năm về Sở Nội vụ.',
  'Công tác tuyên truyền cải cách hành chính được đổi mới, chú trọng hình thức trực tuyến và mạng xã hội.',
  'Tinh thần trách nhiệm của người đứng đầu được xác định là yếu tố quyết định kết quả cải cách hành chính.',
  'Thời gian giải quyết trung bình một hồ sơ giảm còn {small} ngày làm việc.',
];

export const HEADINGS = [
  'Kết quả nổi bật',
  'Những tồn tại, hạn chế',
  'Nhiệm vụ, giải pháp trong thời gian tới',
  'Ý kiến của người dân',
  'Tổ chức thực hiện',
  'Kinh nghiệm từ cơ sở',
  'Kiến nghị, đề xuất',
  'Số liệu chính',
];

export const LIST_ITEMS = [
  'Tăng cường công tác chỉ đạo, điều hành và kiểm tra cải cách hành chính.',
  'Công khai, minh bạch thủ tục hành chính trên Cổng dịch vụ công.',
  'Nâng cao chất lượng giải quyết thủ tục hành chính ở cấp xã.',
  'Đẩy mạnh thanh toán trực tuyến phí, lệ phí.',
  'Rà soát, sắp xếp tổ chức bộ máy tinh gọn, hiệu quả.',
  'Bồi dưỡng kỹ năng số cho cán bộ, công chức.',
];

export const DOCUMENT_SUBJECTS = [
  'triển khai đánh giá, xếp loại kết quả cải cách hành chính',
  'kiểm tra công tác cải cách hành chính',
  'tuyên truyền cải cách hành chính',
  'nâng cao Chỉ số CCHC, SIPAS và PAPI',
  'kiểm soát thủ tục hành chính',
  'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'chuyển đổi số trong cơ quan nhà nước',
];

export const CRITERIA = [
  { id: 'chi-dao-dieu-hanh', label: 'Công tác chỉ đạo, điều hành CCHC', max: 12 },
  { id: 'the-che', label: 'Cải cách thể chế', max: 10 },
  { id: 'thu-tuc-hanh-chinh', label: 'Cải cách thủ tục hành chính', max: 14 },
  { id: 'to-chuc-bo-may', label: 'Cải cách tổ chức bộ máy', max: 10 },
  { id: 'cong-vu', label: 'Cải cách chế độ công vụ', max: 14 },
  { id: 'tai-chinh-cong', label: 'Cải cách tài chính công', max: 10 },
  { id: 'chinh-quyen-so', label: 'Xây dựng chính quyền điện tử, chính quyền số', max: 30 },
];
