// The words the generator draws from: Vietnamese names (with their weights), positions, provinces,
// units, parks, topics of action items, cities of the hosts.


export const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4.5], ['Vũ', 3.9], ['Võ', 3],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trịnh', 0.5],
  ['Đào', 0.5], ['Mai', 0.4], ['Tạ', 0.3], ['Lương', 0.3], ['Cao', 0.3], ['Lưu', 0.3], ['Chu', 0.2], ['Phùng', 0.2], ['Kiều', 0.1],
];

export const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Đình', 'Công', 'Xuân', 'Quang', 'Tiến', 'Mạnh', 'Trọng', 'Anh', 'Hoàng', 'Bá', 'Ngọc', 'Việt', 'Duy', 'Đăng'];

export const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Minh', 'Thùy', 'Phương', 'Kim', 'Lan', 'Diệu', 'Bích', 'Thị Thu', 'Thị Ngọc', 'Thị Hồng', 'Thị Lan'];

export const GIVEN_M = [
  'Đông', 'Đại', 'Nam', 'Khoa', 'Hải', 'Bình', 'Tùng', 'Dũng', 'Đạt', 'Đức', 'Hùng', 'Cường', 'Long', 'Quân', 'Huy', 'Sơn', 'Thắng', 'Tuấn',
  'Việt', 'Trung', 'Phong', 'Khải', 'Lâm', 'Thành', 'Toàn', 'Đăng', 'Định', 'Hiếu', 'Kiên', 'Lộc', 'Nghĩa', 'Phúc', 'Quý', 'Tâm', 'Thịnh', 'Vinh',
];

export const GIVEN_F = [
  'Hà', 'Anh', 'Mai', 'Nhung', 'Lan', 'Hương', 'Hằng', 'Linh', 'Ngọc', 'Thảo', 'Trang', 'Yến', 'Vân', 'Oanh', 'Phương', 'Quyên', 'Nga', 'Hạnh',
  'Huyền', 'Loan', 'Dung', 'Đào', 'Diệp', 'Giang', 'Hoa', 'Nguyệt', 'Thúy', 'Uyên', 'Xuân', 'Ánh',
];

export const POSITIONS: ReadonlyArray<readonly [string, number]> = [
  ['Chuyên viên', 30], ['Chuyên viên chính', 22], ['Chuyên viên cao cấp', 6], ['Phó Trưởng phòng', 12], ['Trưởng phòng', 9],
  ['Phó Vụ trưởng', 4], ['Vụ trưởng', 2], ['Phó Cục trưởng', 4], ['Cục trưởng', 1.5], ['Nghiên cứu viên', 5], ['Phó Giám đốc', 3], ['Giám đốc', 1.5],
];

export const PROVINCES = [
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Cần Thơ', 'Quảng Ninh', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Yên Bái',
  'Hòa Bình', 'Thái Nguyên', 'Lạng Sơn', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hưng Yên', 'Thái Bình', 'Hà Nam',
  'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi',
  'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước',
  'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp',
  'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Tuyên Quang', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn',
];

/** Units that sit under a ministry or department: [Vietnamese, English, kind]. */
export const UNIT_TEMPLATES: ReadonlyArray<readonly [string, string, 'department' | 'unit' | 'centre' | 'office' | 'other']> = [
  ['Viện Khoa học Môi trường', 'Institute of Environmental Sciences', 'other'],
  ['Viện Chiến lược, Chính sách tài nguyên và môi trường', 'Institute of Strategy and Policy on Natural Resources and Environment', 'other'],
  ['Trung tâm Quan trắc môi trường', 'Centre for Environmental Monitoring', 'centre'],
  ['Trung tâm Thông tin và Dữ liệu', 'Information and Data Centre', 'centre'],
  ['Phòng Hợp tác đa phương', 'Multilateral Cooperation Division', 'unit'],
  ['Phòng Hợp tác song phương', 'Bilateral Cooperation Division', 'unit'],
  ['Phòng Đa dạng sinh học', 'Biodiversity Division', 'unit'],
  ['Phòng Quản lý chất thải rắn', 'Solid Waste Management Division', 'unit'],
  ['Phòng Khí hậu và Tăng trưởng xanh', 'Climate and Green Growth Division', 'unit'],
  ['Phòng Tài nguyên nước', 'Water Resources Division', 'unit'],
  ['Ban Quản lý Vườn quốc gia', 'National Park Management Board', 'office'],
  ['Trung tâm Dự báo khí tượng thủy văn', 'Hydro-Meteorological Forecasting Centre', 'centre'],
  ['Văn phòng Chương trình hợp tác', 'Cooperation Programme Office', 'office'],
  ['Cục Quản lý tài nguyên nước', 'Department of Water Resources Management', 'department'],
  ['Cục Lâm nghiệp và Kiểm lâm', 'Department of Forestry and Forest Protection', 'department'],
  ['Cục Biển và Hải đảo', 'Department of Sea and Islands', 'department'],
];

export const PARKS = ['Pù Mát', 'Xuân Thủy', 'Cát Tiên', 'Ba Bể', 'Chư Mom Ray', 'Kon Ka Kinh', 'Hoàng Liên', 'Bái Tử Long', 'U Minh Thượng', 'Lò Gò - Xa Mát', 'Đồng Nai', 'Bạch Mã', 'Phong Nha - Kẻ Bàng', 'Cúc Phương'];

export const TOPICS: ReadonlyArray<readonly [string, string, string]> = [
  ['đất than bùn', 'Peatlands', 'PEAT'],
  ['rác thải nhựa đại dương', 'Marine Plastic Debris', 'MPD'],
  ['chất lượng không khí đô thị', 'Urban Air Quality', 'AQ'],
  ['kinh tế tuần hoàn', 'Circular Economy', 'CE'],
  ['thích ứng biến đổi khí hậu', 'Climate Change Adaptation', 'CCA'],
  ['quản lý lưu vực sông', 'River Basin Management', 'RBM'],
  ['bảo tồn đa dạng sinh học biển', 'Marine Biodiversity Conservation', 'MBC'],
  ['quản lý hóa chất', 'Chemicals Management', 'CHEM'],
  ['giáo dục vì phát triển bền vững', 'Education for Sustainable Development', 'ESD'],
  ['vườn di sản ASEAN', 'ASEAN Heritage Parks', 'AHP'],
  ['phòng cháy rừng và đất', 'Land and Forest Fire Prevention', 'FIRE'],
  ['khoáng sản bền vững', 'Sustainable Minerals Development', 'MIN'],
  ['thành phố carbon thấp', 'Low Carbon Cities', 'LCC'],
  ['quan trắc môi trường', 'Environmental Monitoring', 'MON'],
];

export const VERBS = [
  'Góp ý dự thảo', 'Tổng hợp ý kiến các bộ, ngành về', 'Chuẩn bị báo cáo quốc gia về', 'Cử cán bộ tham dự hội thảo về', 'Trình Lãnh đạo Bộ phê duyệt',
  'Rà soát tiến độ thực hiện', 'Đề xuất đầu mối phối hợp cho', 'Dịch và gửi Ban Thư ký ASEAN', 'Hoàn thiện hồ sơ', 'Xây dựng kế hoạch triển khai',
  'Đăng cai tổ chức cuộc họp về', 'Xin ý kiến Bộ Ngoại giao về', 'Báo cáo Thủ tướng Chính phủ về', 'Cập nhật số liệu quốc gia cho',
];

export const OBJECTS = [
  'Tuyên bố chung ASEAN về biến đổi khí hậu trình COP của UNFCCC', 'Kế hoạch hành động ASEAN về đa dạng sinh học', 'Khung chiến lược về quản lý chất thải nhựa',
  'Báo cáo hiện trạng môi trường ASEAN', 'chương trình thành phố bền vững về môi trường', 'lộ trình ASEAN không khói mù', 'đề cử Vườn di sản ASEAN',
  'sáng kiến quản lý tổng hợp tài nguyên nước', 'tài liệu giáo dục môi trường cho trường học', 'dự án hợp tác với Nhật Bản về đất than bùn',
  'nội dung môi trường trong văn kiện Hội nghị Cấp cao', 'Tuyên bố chung ASEAN trình COP của Công ước Đa dạng sinh học', 'Tuyên bố ASEAN về tuần hoàn nhựa',
  'Chiến lược quản lý đất than bùn ASEAN', 'Kế hoạch hành động ASEAN về khoáng sản (AMCAP)', 'giải thưởng thành phố bền vững môi trường ASEAN',
  'Nghị quyết của Chính phủ phê duyệt văn kiện', 'hoạt động đối ứng quốc gia năm tới',
];

export const UPDATE_NOTES = [
  'Đã gửi công văn xin ý kiến các đơn vị liên quan.', 'Đã nhận ý kiến của Bộ Ngoại giao; đang tổng hợp.', 'Đang chờ kinh phí đối ứng.',
  'Đã trình Lãnh đạo Bộ; chờ phê duyệt.', 'Đã gửi Ban Thư ký ASEAN qua thư điện tử.', 'Cán bộ phụ trách kiêm nhiệm, tiến độ chậm.',
  'Đã họp nhóm công tác trong nước để thống nhất nội dung.', 'Đã hoàn thiện dự thảo lần 2.', 'Đã dịch sang tiếng Anh; đang rà soát.',
  'Đơn vị chủ trì đề nghị gia hạn thời hạn.', 'Đã báo cáo kết quả tại cuộc họp giao ban.',
];

export const CITIES: Record<string, readonly string[]> = {
  BN: ['Bandar Seri Begawan'], KH: ['Phnôm Pênh', 'Xiêm Riệp'], ID: ['Gia-các-ta', 'Bogor', 'Bali'], LA: ['Viêng-chăn', 'Luông Pha-băng'],
  MY: ['Kuala Lumpur', 'Langkawi', 'Putrajaya'], MM: ['Nay Pyi Taw', 'Yangon'], PH: ['Manila', 'Cebu'], SG: ['Xinh-ga-po'],
  TH: ['Băng Cốc', 'Chiềng Mai'], VN: ['Hà Nội', 'Đà Nẵng', 'Hạ Long', 'Nha Trang', 'Huế'],
};

export const HOST_ROTATION = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];

// ------------------------------------------------------------------ the tree of synthetic bodies
